using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace GseFunctions.Api.Json;

/// <summary>200 with a JSON body written with <see cref="ApiJson.Options"/>; declares 200 <typeparamref name="TValue"/> <c>application/json</c> for OpenAPI.</summary>
/// <typeparam name="TValue">The body type.</typeparam>
/// <param name="value">The body.</param>
public sealed class JsonOk<TValue>(TValue value) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<TValue>, IEndpointMetadataProvider
{
    /// <inheritdoc />
    public TValue? Value { get; } = value;

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    object? IValueHttpResult.Value => Value;

    /// <inheritdoc />
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        JsonResultMetadata.Add(builder, StatusCodes.Status200OK, typeof(TValue));

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Json(Value, ApiJson.Options).ExecuteAsync(httpContext);
}
