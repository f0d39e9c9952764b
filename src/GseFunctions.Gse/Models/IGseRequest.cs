namespace GseFunctions.Gse.Models;

/// <summary>
/// A GSE action's request. The action name is the type name without its <c>Request</c> suffix
/// (<see cref="CreateAliasRequest"/> is <c>CreateAlias</c>).
/// </summary>
/// <typeparam name="TResponse">The action's response type.</typeparam>
#pragma warning disable CA1040 // a marker that ties a request to its response type
public interface IGseRequest<TResponse>
    where TResponse : GseResponse;
#pragma warning restore CA1040
