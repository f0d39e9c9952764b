using System.Diagnostics;

namespace GseFunctions.Demo.Drill;

/// <summary>
/// The kills: <c>K</c> times, after a random pause, a random worker is SIGKILLed and started again at once on the same
/// port and task hub; the next pause begins once it serves again, so at most one worker is down at a time. Pauses and
/// victims come from the drill's seeded random source, so a seed names a sequence of kills.
/// </summary>
internal sealed class DrillChaos(IReadOnlyList<DrillWorker> workers, int kills, Random random, DemoConsole console)
{
    /// <summary>Shortest pause before a kill.</summary>
    public static readonly TimeSpan MinPause = TimeSpan.FromSeconds(1);

    /// <summary>Longest pause before a kill.</summary>
    public static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(5);

    private readonly List<DrillKill> _done = [];

    public IReadOnlyList<DrillKill> Done => _done;

    /// <summary>The pauses and victims drawn up front from the seed, so the sequence does not depend on timing.</summary>
    public IReadOnlyList<(TimeSpan Pause, int Worker)> Plan { get; } = Draw(workers.Count, kills, random);

    /// <summary>Runs the kills; <paramref name="pauseBegins"/> is called with the kill's index (0…K-1) as each pause begins.</summary>
    public async Task RunAsync(Action<int> pauseBegins, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pauseBegins);
        foreach (var (pause, number) in Plan)
        {
            pauseBegins(_done.Count);
            await Task.Delay(pause, cancellationToken);
            var worker = workers[number - 1];
            var at = console.Elapsed;
            var pid = worker.Process?.Id;
            await worker.KillAsync();
            var restart = Stopwatch.StartNew();
            await worker.StartAsync(cancellationToken);
            _done.Add(new DrillKill(_done.Count + 1, number, Math.Round(at.TotalSeconds, 1), Math.Round(restart.Elapsed.TotalSeconds, 1)));
            console.Say($"kill {_done.Count}/{Plan.Count}: SIGKILL worker {number} (pid {pid}); restarted and serving again in {restart.Elapsed.TotalSeconds:0.0} s");
        }
    }

    private static List<(TimeSpan, int)> Draw(int workerCount, int kills, Random random)
    {
        var plan = new List<(TimeSpan, int)>();
        for (var i = 0; i < kills; i++)
        {
            var pause = MinPause + ((MaxPause - MinPause) * random.NextDouble());
            plan.Add((TimeSpan.FromMilliseconds(Math.Round(pause.TotalMilliseconds)), random.Next(workerCount) + 1));
        }

        return plan;
    }
}

/// <summary>One kill: its number, the worker, when (seconds since the drill started) and how long the restart took to serve.</summary>
internal sealed record DrillKill(int Number, int Worker, double AtSeconds, double RestartSeconds);
