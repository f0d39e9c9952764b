namespace GseFunctions.Gse.Emulator.Faults;

/// <summary>
/// One injected fault. A rule matches an action (or every action with <c>*</c>) and, with
/// <see cref="Probability"/>, adds latency and/or answers an error instead of running the action.
/// </summary>
public sealed record FaultRule
{
    /// <summary>Action the rule applies to, or <c>*</c> for all. Default <c>*</c>.</summary>
    public string Action { get; init; } = "*";

    /// <summary>Tencent error code to answer, e.g. <c>RequestLimitExceeded</c> or <c>InternalError</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Message to answer with the error code. Default: a message naming the injected fault.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Answer this bare HTTP status (e.g. 503) with no envelope, as a failing gateway would.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>Chance that a matching call is affected, 0 to 1. Default 1.</summary>
    public double Probability { get; init; } = 1.0;

    /// <summary>Latency added to affected calls, in milliseconds of real time. Default 0.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Throttle: calls beyond this many per real second answer <c>RequestLimitExceeded</c>.</summary>
    public int? MaxPerSecond { get; init; }

    /// <summary>How many more times the rule fires; null for no limit.</summary>
    public int? Remaining { get; init; }

    /// <summary>Why the rule is invalid, or null when it is valid.</summary>
    public string? Problem() => this switch
    {
        { Action: null or "" } => "action must be an action name or '*'",
        { Probability: < 0 or > 1 } or { Probability: double.NaN } => "probability must be between 0 and 1",
        { LatencyMs: < 0 or > 600_000 } => "latencyMs must be between 0 and 600000",
        { HttpStatus: < 400 or > 599 } => "httpStatus must be between 400 and 599",
        { MaxPerSecond: < 1 } => "maxPerSecond must be at least 1",
        { Remaining: < 1 } => "remaining must be at least 1 when given",
        { ErrorCode: null, HttpStatus: null, LatencyMs: 0, MaxPerSecond: null } => "a rule needs errorCode, httpStatus, latencyMs or maxPerSecond",
        { ErrorCode: not null, HttpStatus: not null } => "give errorCode or httpStatus, not both",
        _ => null,
    };
}
