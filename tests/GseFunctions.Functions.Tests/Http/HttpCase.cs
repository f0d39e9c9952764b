using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GseFunctions.Functions.Tests.Http;

/// <summary>One HTTP function: a request to it, the function called with it, and its handler called directly with the same.</summary>
internal sealed record HttpCase(
    string Method,
    string PathAndQuery,
    string? Body,
    Func<Collaborators, HttpRequest, CancellationToken, Task<IResult>> Function,
    Func<Collaborators, HttpRequest, CancellationToken, Task<IResult>> Handler)
{
    private static readonly IServiceProvider Services = new ServiceCollection().AddLogging().BuildServiceProvider();

    public HttpContext NewContext()
    {
        // The same request twice: one trace id, which a problem body returned as a value (not thrown) carries.
        var http = new DefaultHttpContext { RequestServices = Services, TraceIdentifier = "0HTRACE:00000001" };
        var parts = PathAndQuery.Split('?', 2);
        http.Request.Method = Method;
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("gse-fn.azurewebsites.net");
        http.Request.Path = parts[0];
        http.Request.QueryString = parts.Length > 1 ? new QueryString("?" + parts[1]) : QueryString.Empty;
        if (Body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(Body);
            http.Request.ContentType = "application/json";
            http.Request.ContentLength = bytes.Length;
            http.Request.Body = new MemoryStream(bytes);
        }

        http.Response.Body = new MemoryStream();
        return http;
    }
}
