namespace GseFunctions.Gse;

/// <summary>Error codes of Tencent Cloud API 3.0 and GSE that callers branch on.</summary>
public static class GseErrorCodes
{
#pragma warning disable CS1591 // the names are the codes
    public const string AuthFailure = "AuthFailure";
    public const string AuthFailureSignatureFailure = "AuthFailure.SignatureFailure";
    public const string AuthFailureSignatureExpire = "AuthFailure.SignatureExpire";
    public const string AuthFailureSecretIdNotFound = "AuthFailure.SecretIdNotFound";
    public const string AuthFailureInvalidAuthorization = "AuthFailure.InvalidAuthorization";
    public const string AuthFailureTokenFailure = "AuthFailure.TokenFailure";
    public const string FailedOperation = "FailedOperation";
    public const string InternalError = "InternalError";
    public const string InvalidAction = "InvalidAction";
    public const string InvalidParameter = "InvalidParameter";
    public const string InvalidParameterValue = "InvalidParameterValue";
    public const string LimitExceeded = "LimitExceeded";
    public const string LimitExceededFleetLimitExceeded = "LimitExceeded.FleetLimitExceeded";
    public const string LimitExceededInstanceLimitExceeded = "LimitExceeded.InstanceLimitExceeded";
    public const string MissingParameter = "MissingParameter";
    public const string NoSuchVersion = "NoSuchVersion";
    public const string OperationDenied = "OperationDenied";
    public const string RequestLimitExceeded = "RequestLimitExceeded";
    public const string RequestSizeLimitExceeded = "RequestSizeLimitExceeded";
    public const string ResourceInUse = "ResourceInUse";
    public const string ResourceInsufficient = "ResourceInsufficient";
    public const string ResourceNotFound = "ResourceNotFound";
    public const string ResourceUnavailable = "ResourceUnavailable";
    public const string ServiceUnavailable = "ServiceUnavailable";
    public const string UnauthorizedOperation = "UnauthorizedOperation";
    public const string UnknownParameter = "UnknownParameter";
    public const string UnsupportedOperation = "UnsupportedOperation";
    public const string UnsupportedProtocol = "UnsupportedProtocol";

    /// <summary>The call timed out on the client side (no answer within <see cref="GseClientOptions.Timeout"/>).</summary>
    public const string ClientTimeout = "Client.Timeout";

    /// <summary>The call failed in transport after the connection was made (reset, closed mid-call): it may have been applied.</summary>
    public const string ClientTransport = "Client.Transport";

    /// <summary>No connection could be made (refused, name not resolved): the request was never sent.</summary>
    public const string ClientConnectFailed = "Client.ConnectFailed";

    /// <summary>The service answered with an HTTP 5xx status.</summary>
    public const string ClientServerError = "Client.ServerError";

    /// <summary>The service answered with another non-200 status, or a body that is not the Tencent envelope.</summary>
    public const string ClientBadResponse = "Client.BadResponse";

    /// <summary>
    /// The call was not sent: it is over this process's request budget (<c>Gse:RateLimits</c>) and found no turn within
    /// <c>Gse:RateLimits:MaxWait</c>, or the queue of waiting calls was full. In the <see cref="RequestLimitExceeded"/>
    /// family, so it is handled as throttling; the client does not retry it (it has already waited).
    /// </summary>
    public const string ClientRateLimited = RequestLimitExceeded + ".ClientRateLimit";
#pragma warning restore CS1591

    /// <summary>
    /// Whether <paramref name="code"/> is <paramref name="family"/> itself or one of its sub-codes: Tencent Cloud API 3.0
    /// writes a sub-code as the family, a dot and a detail (<c>AuthFailure.SignatureFailure</c> is an <c>AuthFailure</c>;
    /// gse-api.md §1.4, §1.5). A code that merely starts with the family's letters (<c>AuthFailureX</c>) is not in it.
    /// </summary>
    /// <param name="code">The error code, as in <see cref="GseException.Code"/>.</param>
    /// <param name="family">The family, such as <see cref="LimitExceeded"/>.</param>
    /// <returns>Whether the code belongs to the family.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="family"/> is null.</exception>
    public static bool IsInFamily(string code, string family)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(family);
        return code.Equals(family, StringComparison.Ordinal) || code.StartsWith(family + ".", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a call that failed with <paramref name="code"/> got no definite answer (timeout, transport failure, bare
    /// HTTP 5xx), so the service may have applied it.
    /// </summary>
    public static bool IsOutcomeUnknown(string code) => code is ClientTimeout or ClientTransport or ClientServerError;

    /// <summary>Whether a call that failed with <paramref name="code"/> may succeed if retried.</summary>
    public static bool IsTransient(string code) =>
        code.StartsWith(RequestLimitExceeded, StringComparison.Ordinal)
        || code.StartsWith(InternalError, StringComparison.Ordinal)
        || code.StartsWith(ServiceUnavailable, StringComparison.Ordinal)
        || code is ClientTimeout or ClientTransport or ClientConnectFailed or ClientServerError;
}
