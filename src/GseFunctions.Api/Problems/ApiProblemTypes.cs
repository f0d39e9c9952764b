namespace GseFunctions.Api.Problems;

/// <summary>The problem <c>type</c> URIs the API answers with, so a client can branch without parsing text.</summary>
public static class ApiProblemTypes
{
    private const string Base = "https://github.com/gsefunctions/gsefunctions/blob/main/docs/http-api.md#";

#pragma warning disable CS1591 // each is its name
    public const string Validation = Base + "validation";
    public const string NotFound = Base + "not-found";
    public const string Unauthorized = Base + "unauthorized";
    public const string Throttled = Base + "throttled";
    public const string NoCapacity = Base + "no-capacity";
    public const string AliasTerminal = Base + "alias-terminal";
    public const string Conflict = Base + "conflict";
    public const string RolloutInProgress = Base + "rollout-in-progress";
    public const string RolloutEnded = Base + "rollout-ended";
    public const string IdempotencyKeyReused = Base + "idempotency-key-reused";
    public const string GseUnavailable = Base + "gse-unavailable";
    public const string GseRefused = Base + "gse-refused";
#pragma warning restore CS1591
}
