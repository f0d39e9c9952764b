namespace GseFunctions.Bench.Rollouts.Reporting;

/// <summary>The settings the figures depend on.</summary>
internal sealed record BenchSettings(
    double PollIntervalSeconds,
    double MaxPollIntervalSeconds,
    double MaxQueuePollingIntervalSeconds,
    int Repetitions,
    double TrafficSessionsPerSimulatedMinute,
    double TimeScale);
