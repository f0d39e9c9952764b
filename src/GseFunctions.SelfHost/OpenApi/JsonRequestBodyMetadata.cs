namespace GseFunctions.SelfHost.OpenApi;

/// <summary>
/// Names the JSON body a route reads itself, for the OpenAPI document only. Not <c>IAcceptsMetadata</c> (what
/// <c>.Accepts&lt;T&gt;()</c> adds): routing would then refuse a wrong content type with a bare 415 before the key
/// check and the handler's own problem details.
/// </summary>
/// <param name="BodyType">The body type.</param>
internal sealed record JsonRequestBodyMetadata(Type BodyType);
