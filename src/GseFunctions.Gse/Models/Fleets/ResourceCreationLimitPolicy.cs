namespace GseFunctions.Gse.Models;

/// <summary>The <c>ResourceCreationLimitPolicy</c> data structure.</summary>
public sealed record ResourceCreationLimitPolicy
{
    /// <summary>Sessions one creator may create per period, &gt;=1, default 2.</summary>
    public int? NewGameServerSessionsPerCreator { get; init; }

    /// <summary>Period in minutes, &gt;=1, default 3.</summary>
    public int? PolicyPeriodInMinutes { get; init; }
}
