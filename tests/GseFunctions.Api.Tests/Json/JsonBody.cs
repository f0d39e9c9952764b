using System.Text;
using GseFunctions.Api.Json;
using GseFunctions.Api.Problems;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Tests.Json;

/// <summary>Reads a JSON text through <see cref="ApiJson.ReadBodyAsync{T}"/>, as a route would, without a host.</summary>
internal static class JsonBody
{
    public static Task<T> ReadAsync<T>(string json)
        where T : class
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var http = new DefaultHttpContext();
        http.Request.ContentType = "application/json";
        http.Request.ContentLength = bytes.Length;
        http.Request.Body = new MemoryStream(bytes);
        return ApiJson.ReadBodyAsync<T>(http.Request, CancellationToken.None);
    }

    /// <summary>Reads <paramref name="json"/>, expecting a 400; answers its field errors.</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> RefusedAsync<T>(string json)
        where T : class
    {
        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => ReadAsync<T>(json));
        Assert.Equal(StatusCodes.Status400BadRequest, problem.Status);
        Assert.NotNull(problem.Errors);
        return problem.Errors;
    }
}
