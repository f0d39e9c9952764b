namespace GseFunctions.Gse;

/// <summary>
/// An error answered by GSE (the envelope's <c>Response.Error</c>) or met while calling it. Carries the
/// Tencent error <see cref="Code"/> (for example <c>ResourceNotFound</c>), the service's message and the
/// <see cref="RequestId"/> to quote when reporting it. Transport failures use the codes in
/// <see cref="GseErrorCodes"/> that start with <c>Client.</c>.
/// </summary>
public class GseException : Exception
{
    /// <summary>Creates an exception for an error answered by the service.</summary>
    public GseException(string code, string message, string? requestId = null, string? action = null, Exception? innerException = null)
        : base(Format(code, message, requestId, action), innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Code = code;
        ServiceMessage = message ?? string.Empty;
        RequestId = requestId;
        Action = action;
    }

    /// <summary>Tencent error code, such as <c>AuthFailure.SignatureFailure</c> or <c>ResourceNotFound</c>.</summary>
    public string Code { get; }

    /// <summary>The message as the service sent it (not meant to be parsed).</summary>
    public string ServiceMessage { get; }

    /// <summary>The request id of the failed call, when the service answered.</summary>
    public string? RequestId { get; }

    /// <summary>The action that failed, such as <c>CreateGameServerSession</c>.</summary>
    public string? Action { get; }

    /// <summary>Whether the call may succeed if retried (throttling, internal errors, unavailability, transport).</summary>
    public bool IsTransient => GseErrorCodes.IsTransient(Code);

    private static string Format(string code, string message, string? requestId, string? action) =>
        $"{(action is null ? "GSE" : action)} failed with {code}: {message}{(requestId is null ? string.Empty : $" (RequestId {requestId})")}";
}
