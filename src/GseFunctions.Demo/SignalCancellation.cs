using System.Runtime.InteropServices;

namespace GseFunctions.Demo;

/// <summary>
/// Turns Ctrl-C (SIGINT), SIGTERM and SIGHUP into a cancellation, so the demo stops what it started before it exits
/// instead of being killed with its child processes left running. Later signals are absorbed while it cleans up.
/// </summary>
internal sealed class SignalCancellation : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly List<PosixSignalRegistration> _registrations;
    private int _signal;

    public SignalCancellation()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => OnSignal(context, 2)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => OnSignal(context, 15)),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, context => OnSignal(context, 1)),
        ];
    }

    public CancellationToken Token => _cancellation.Token;

    /// <summary>Whether a signal arrived.</summary>
    public bool Signalled => Volatile.Read(ref _signal) != 0;

    /// <summary>The shell's convention: 128 + the signal's number (130 for Ctrl-C).</summary>
    public int ExitCode => 128 + Volatile.Read(ref _signal);

    public void Dispose()
    {
        _registrations.ForEach(r => r.Dispose());
        _cancellation.Dispose();
    }

    private void OnSignal(PosixSignalContext context, int number)
    {
        context.Cancel = true;
        if (Interlocked.CompareExchange(ref _signal, number, 0) == 0)
        {
            _cancellation.Cancel();
        }
    }
}
