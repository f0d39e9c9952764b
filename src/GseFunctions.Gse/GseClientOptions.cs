using System.ComponentModel.DataAnnotations;

namespace GseFunctions.Gse;

/// <summary>
/// Settings of the GSE client, bound from the <c>Gse</c> configuration section by
/// <c>AddGseClient</c>.
/// </summary>
public sealed class GseClientOptions
{
    /// <summary>Name of the configuration section the options bind to.</summary>
    public const string SectionName = "Gse";

    /// <summary>
    /// Base address of the service. Default <c>https://gse.tencentcloudapi.com/</c>; point it at the local GSE
    /// (for example <c>http://127.0.0.1:5080/</c>) for local runs and tests.
    /// </summary>
    [Required]
    public Uri Endpoint { get; set; } = new("https://gse.tencentcloudapi.com/");

    /// <summary>Region sent as <c>X-TC-Region</c>. Default <c>ap-shanghai</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Region { get; set; } = "ap-shanghai";

    /// <summary>API key id (<c>SecretId</c>). Required.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SecretId { get; set; } = string.Empty;

    /// <summary>API key secret (<c>SecretKey</c>). Required; never logged and never part of an error message.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SecretKey { get; set; } = string.Empty;

    /// <summary>Session token of temporary credentials, sent as <c>X-TC-Token</c>. Default none.</summary>
    public string? Token { get; set; }

    /// <summary>
    /// Service name used in the credential scope. Default: the first label of the endpoint's host, as the
    /// official SDKs derive it (<c>gse</c> for <c>gse.tencentcloudapi.com</c>).
    /// </summary>
    public string? Service { get; set; }

    /// <summary>Timeout of one attempt. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Retries after a transient failure (throttling, InternalError, ServiceUnavailable, timeouts, 5xx; timeouts and 5xx
    /// of a mutation are not retried, as it may have been applied). Default 4.
    /// </summary>
    [Range(0, 20)]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>Base delay of the jittered exponential backoff between retries. Default 200 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Language of service messages, sent as <c>X-TC-Language</c> (<c>en-US</c> or <c>zh-CN</c>). Default <c>en-US</c>.</summary>
    public string? Language { get; set; } = "en-US";

    /// <summary>Redacts the secret so the options can be logged or printed safely.</summary>
    public override string ToString() =>
        $"Endpoint={Endpoint}, Region={Region}, SecretId={SecretId}, SecretKey=***, Token={(Token is null ? "none" : "***")}, Timeout={Timeout}";
}
