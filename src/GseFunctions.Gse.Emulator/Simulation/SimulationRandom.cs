namespace GseFunctions.Gse.Emulator.Simulation;

/// <summary>
/// The simulation's one random source: ids, addresses and match lengths. Actions and the engine draw from the
/// same seeded sequence, so with <see cref="SimulationOptions.RandomSeed"/> set a run repeats exactly, as long
/// as the draws happen in the same order.
/// </summary>
internal sealed class SimulationRandom(int? seed)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private readonly Random _random = seed is { } value ? new Random(value) : new Random();
    private readonly Lock _gate = new();

    /// <summary>An id like GSE's: <c>prefix-xxxxxxxx</c> or <c>prefix-xxxxxxxx-xxxxxxxx</c> (reference §5.4).</summary>
    public string NewId(string prefix, int firstPart, int? secondPart = null)
    {
        lock (_gate)
        {
            string Part(int length) => string.Create(length, _random, static (span, random) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = Alphabet[random.Next(Alphabet.Length)];
                }
            });

            return secondPart is { } second ? $"{prefix}-{Part(firstPart)}-{Part(second)}" : $"{prefix}-{Part(firstPart)}";
        }
    }

    /// <summary>A uniform draw from [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public TimeSpan Duration(TimeSpan min, TimeSpan max)
    {
        lock (_gate)
        {
            var span = (max - min).Ticks;
            return min + TimeSpan.FromTicks((long)(_random.NextDouble() * span));
        }
    }

    public string NewIp()
    {
        lock (_gate)
        {
            return $"10.{_random.Next(0, 256)}.{_random.Next(0, 256)}.{_random.Next(1, 255)}";
        }
    }
}
