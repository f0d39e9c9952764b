namespace GseFunctions.Rollouts.Orchestration;

/// <summary>How a wait ended.</summary>
internal enum WaitKind
{
    /// <summary>The condition holds.</summary>
    Done,

    /// <summary>The deadline passed first.</summary>
    TimedOut,

    /// <summary>The fleet failed or went away.</summary>
    Broken,

    /// <summary>An external event (abort, rollback) arrived.</summary>
    Signal,

    /// <summary>This generation continued as new; the next one goes on waiting.</summary>
    Continued,
}

/// <summary>The outcome of a wait.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="Detail">The event name (Signal) or the reason (Broken).</param>
internal readonly record struct WaitResult(WaitKind Kind, string? Detail = null);
