using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace GseFunctions.Api.Problems;

/// <summary>
/// 409 Conflict as a returned value: the resource's state refuses the request (another rollout holds the alias, the
/// rollout has ended, the schedule exists with another definition). See <see cref="TypedProblem"/>.
/// </summary>
/// <param name="problem">The problem; its status must be 409.</param>
public sealed class ConflictProblem(ApiProblem problem) : TypedProblem(problem, StatusCodes.Status409Conflict), IEndpointMetadataProvider
{
    /// <inheritdoc />
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status409Conflict);
}
