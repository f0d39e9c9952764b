namespace GseFunctions.Api.Routing;

/// <summary>Which key a route needs, as Azure Functions' <c>AuthorizationLevel</c> names them.</summary>
public enum ApiAuthLevel
{
    /// <summary>No key.</summary>
    Anonymous,

    /// <summary>A function key or the master key.</summary>
    Function,

    /// <summary>The master key.</summary>
    Admin,
}
