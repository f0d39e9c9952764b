using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace GseFunctions.Api.Problems;

/// <summary>404 Not Found as a returned value: no such resource. See <see cref="TypedProblem"/>.</summary>
/// <param name="problem">The problem; its status must be 404.</param>
public sealed class NotFoundProblem(ApiProblem problem) : TypedProblem(problem, StatusCodes.Status404NotFound), IEndpointMetadataProvider
{
    /// <inheritdoc />
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status404NotFound);
}
