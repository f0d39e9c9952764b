namespace GseFunctions.Demo.Stack;

/// <summary>A process of the stack did not come up; carries it so its output can be shown.</summary>
internal sealed class StackStartException : Exception
{
    public StackStartException()
    {
    }

    public StackStartException(string message)
        : base(message)
    {
    }

    public StackStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StackStartException(ChildProcess process, string message)
        : base(message) => Process = process;

    /// <summary>The process that failed to come up, if known.</summary>
    public ChildProcess? Process { get; }
}
