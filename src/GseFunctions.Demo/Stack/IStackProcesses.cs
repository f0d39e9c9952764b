namespace GseFunctions.Demo.Stack;

/// <summary>The child processes a demo mode started: reported on failure, stopped on dispose.</summary>
internal interface IStackProcesses : IAsyncDisposable
{
    /// <summary>Writes the state and last output of each process that has exited, or of all when none has.</summary>
    void Report(TextWriter output);
}
