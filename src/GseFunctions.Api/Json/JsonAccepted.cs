using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace GseFunctions.Api.Json;

/// <summary>
/// 202 with a <c>Location</c> (where to poll), a JSON body written with <see cref="ApiJson.Options"/> and, when set, a
/// <c>Retry-After</c>; declares 202 <typeparamref name="TValue"/> <c>application/json</c> for OpenAPI.
/// </summary>
/// <typeparam name="TValue">The body type.</typeparam>
/// <param name="location">Where to poll, or null for no <c>Location</c>.</param>
/// <param name="value">The body.</param>
public sealed class JsonAccepted<TValue>(string? location, TValue value) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<TValue>, IEndpointMetadataProvider
{
    /// <summary>Where to poll.</summary>
    public string? Location { get; } = location;

    /// <inheritdoc />
    public TValue? Value { get; } = value;

    /// <summary>Seconds for a <c>Retry-After</c> header (how long a poller should wait), or null for none.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status202Accepted;

    /// <inheritdoc />
    object? IValueHttpResult.Value => Value;

    /// <inheritdoc />
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        JsonResultMetadata.Add(builder, StatusCodes.Status202Accepted, typeof(TValue));

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (RetryAfterSeconds is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return ApiResults.Accepted(Location, Value).ExecuteAsync(httpContext);
    }
}
