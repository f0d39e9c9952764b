using System.Collections.Concurrent;
using System.Diagnostics;

namespace GseFunctions.Gse.Tests.Telemetry;

/// <summary>
/// Collects the spans of one source that belong to this test's trace: the test starts a root span of its own, so the
/// GSE calls other tests make at the same time (the source is process-wide) are left out.
/// </summary>
internal sealed class SpanCollector : IDisposable
{
    private const string TestSourceName = "GseFunctions.Gse.Tests";
    private static readonly ActivitySource TestSource = new(TestSourceName);
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly Activity? _root;

    public SpanCollector(string sourceName)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == sourceName || source.Name == TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                // Other tests' spans can stop while this collector is being built: _root is not set yet then.
                if (activity.Source.Name == sourceName && _root is { } root && activity.TraceId == root.TraceId)
                {
                    _stopped.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
        _root = TestSource.StartActivity("test root") ?? throw new InvalidOperationException("The test source is not listened to.");
    }

    public IReadOnlyList<Activity> Spans => [.. _stopped];

    public void Dispose()
    {
        _root?.Dispose();
        _listener.Dispose();
    }
}
