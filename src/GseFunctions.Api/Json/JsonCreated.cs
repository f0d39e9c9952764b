using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace GseFunctions.Api.Json;

/// <summary>201 with a <c>Location</c> and a JSON body written with <see cref="ApiJson.Options"/>; declares 201 <typeparamref name="TValue"/> <c>application/json</c> for OpenAPI.</summary>
/// <typeparam name="TValue">The body type.</typeparam>
/// <param name="location">The new resource's path, or null for no <c>Location</c>.</param>
/// <param name="value">The body.</param>
public sealed class JsonCreated<TValue>(string? location, TValue value) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<TValue>, IEndpointMetadataProvider
{
    /// <summary>The new resource's path.</summary>
    public string? Location { get; } = location;

    /// <inheritdoc />
    public TValue? Value { get; } = value;

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status201Created;

    /// <inheritdoc />
    object? IValueHttpResult.Value => Value;

    /// <inheritdoc />
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        JsonResultMetadata.Add(builder, StatusCodes.Status201Created, typeof(TValue));

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => ApiResults.Created(Location, Value).ExecuteAsync(httpContext);
}
