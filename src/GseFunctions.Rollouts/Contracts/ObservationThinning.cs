namespace GseFunctions.Rollouts.Contracts;

/// <summary>
/// Keeps a rollout's observations bounded however long it runs: at most <see cref="MaxObservations"/>, thinned evenly
/// in time. The span from the first to the last observation is cut into equal slots (doubling their width until the
/// list fits) and each fleet keeps its first observation per slot, so both fleets' series stay whole and every part of
/// the rollout keeps the same resolution. A pure function of its input: the orchestration calls it, so replays agree.
/// </summary>
public static class ObservationThinning
{
    /// <summary>The most observations a rollout's timeline keeps.</summary>
    public const int MaxObservations = 2000;

    /// <summary>
    /// <paramref name="observations"/> (ordered by time) when there are at most <paramref name="cap"/>; otherwise an
    /// evenly thinned, ordered subset of at most <paramref name="cap"/>.
    /// </summary>
    /// <param name="observations">The observations, oldest first.</param>
    /// <param name="cap">The most to keep (at least 2).</param>
    /// <param name="thinned">True when some were left out.</param>
    /// <returns>The kept observations, oldest first.</returns>
    public static IReadOnlyList<RolloutObservation> Thin(IReadOnlyList<RolloutObservation> observations, int cap, out bool thinned)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 2);
        thinned = observations.Count > cap;
        if (!thinned)
        {
            return observations;
        }

        var start = observations[0].At.Ticks;
        var span = Math.Max(1, observations[^1].At.Ticks - start);
        var width = Math.Max(1, span / cap);
        while (true)
        {
            var kept = new List<RolloutObservation>(cap);
            var slots = new HashSet<(string, long)>();
            foreach (var observation in observations)
            {
                if (slots.Add((observation.FleetId, (observation.At.Ticks - start) / width)))
                {
                    kept.Add(observation);
                }
            }

            if (kept.Count <= cap)
            {
                return kept;
            }

            if (width > span)
            {
                // One slot per fleet and still too many: more fleets than the cap (not a rollout's shape); keep the first.
                return kept.Take(cap).ToList();
            }

            width *= 2;
        }
    }
}
