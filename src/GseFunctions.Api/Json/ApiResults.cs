using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Json;

/// <summary>Successful answers, serialized with <see cref="ApiJson.Options"/> in both hosts.</summary>
public static class ApiResults
{
    /// <summary>200 with a JSON body.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="value">The body.</param>
    /// <returns>The result.</returns>
    public static IResult Ok<T>(T value) => TypedResults.Json(value, ApiJson.Options);

    /// <summary>201 with a <c>Location</c> and a JSON body.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="location">The new resource's path.</param>
    /// <param name="value">The body.</param>
    /// <returns>The result.</returns>
    public static IResult Created<T>(string? location, T value) => new WithLocation(location, TypedResults.Json(value, ApiJson.Options, statusCode: StatusCodes.Status201Created));

    /// <summary>202 with a <c>Location</c> and a JSON body.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="location">Where to poll.</param>
    /// <param name="value">The body.</param>
    /// <returns>The result.</returns>
    public static IResult Accepted<T>(string? location, T value) => new WithLocation(location, TypedResults.Json(value, ApiJson.Options, statusCode: StatusCodes.Status202Accepted));

    /// <summary>A JSON body with the given status.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="statusCode">The status.</param>
    /// <param name="value">The body.</param>
    /// <returns>The result.</returns>
    public static IResult Json<T>(int statusCode, T value) => TypedResults.Json(value, ApiJson.Options, statusCode: statusCode);

    private sealed class WithLocation(string? location, IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (location is not null)
            {
                httpContext.Response.Headers.Location = location;
            }

            return inner.ExecuteAsync(httpContext);
        }
    }
}
