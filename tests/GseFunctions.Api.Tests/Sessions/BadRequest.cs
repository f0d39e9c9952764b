using System.Net;
using System.Text;
using System.Text.Json;

namespace GseFunctions.Api.Tests.Sessions;

/// <summary>
/// One refused request of a bad-input table: what is sent, the status it must get and the field its problem's
/// <c>errors</c> must name (a body field may be named by its JSON path, <c>$.field</c>).
/// </summary>
public sealed record BadRequest(string Name, string Method, string Path, string? Body, string? ContentType, HttpStatusCode Status, string? Field)
{
    public static BadRequest Json(string name, string method, string path, string body, string field) =>
        new(name, method, path, body, "application/json", HttpStatusCode.BadRequest, field);

    public static BadRequest Query(string name, string path, string field) =>
        new(name, "GET", path, null, null, HttpStatusCode.BadRequest, field);

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8);
            message.Content.Headers.ContentType = ContentType is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(ContentType);
        }

        return message;
    }

    /// <summary>Sends it and checks the answer: the status, problem details, and the field named.</summary>
    public async Task AssertRefusedAsync(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var message = ToMessage();
        using var response = await http.SendAsync(message);
        var problem = await ProblemAssert.IsProblemAsync(response, Status);
        if (Field is null)
        {
            return;
        }

        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object, $"{Name}: no errors member in {problem}");
        var names = errors.EnumerateObject().Select(e => e.Name).ToList();
        Assert.True(
            names.Contains(Field) || names.Contains("$." + Field) || (Field == "$" && names.Any(n => n.StartsWith('$'))),
            $"{Name}: errors should name '{Field}': {errors}");
    }

    public override string ToString() => Name;
}
