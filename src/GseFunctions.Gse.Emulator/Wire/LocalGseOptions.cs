using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse.Emulator.Wire;

/// <summary>
/// Wire settings of the local GSE, bound from the <c>LocalGse</c> section; the environment variables
/// <c>GSE_SECRET_ID</c>, <c>GSE_SECRET_KEY</c> and <c>GSE_TIME_SCALE</c> override it.
/// </summary>
internal sealed class LocalGseOptions
{
    public const string SectionName = "LocalGse";

    /// <summary>Development SecretId accepted when none is configured.</summary>
    public const string DefaultSecretId = "AKIDLocalGseDevelopmentKey";

    /// <summary>Development SecretKey accepted when none is configured.</summary>
    public const string DefaultSecretKey = "LocalGseDevelopmentSecretKey";

    /// <summary>Accepted SecretId. Default <see cref="DefaultSecretId"/>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SecretId { get; set; } = DefaultSecretId;

    /// <summary>Accepted SecretKey. Default <see cref="DefaultSecretKey"/>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SecretKey { get; set; } = DefaultSecretKey;

    /// <summary>How much faster than real time the simulated clock runs. Default 1.</summary>
    [Range(1.0, 100_000.0)]
    public double TimeScale { get; set; } = 1.0;

    /// <summary>Largest accepted difference between a request's timestamp and the real clock. Default 5 minutes, as the service.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
