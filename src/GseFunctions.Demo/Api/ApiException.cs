using System.Net;

namespace GseFunctions.Demo.Api;

/// <summary>The self-host answered a request with an unexpected status; the message has the problem's title and detail, never a key.</summary>
internal sealed class ApiException : Exception
{
    public ApiException()
    {
    }

    public ApiException(string message)
        : base(message)
    {
    }

    public ApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ApiException(HttpStatusCode status, string message)
        : base(message) => Status = status;

    public HttpStatusCode? Status { get; }
}
