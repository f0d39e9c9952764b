namespace GseFunctions.Api.Rollouts;

/// <summary>Orchestration times are UTC but may read back without a kind; the API writes every time with a 'Z'.</summary>
internal static class UtcTime
{
    public static DateTime Of(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
