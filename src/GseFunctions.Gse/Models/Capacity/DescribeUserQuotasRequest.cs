namespace GseFunctions.Gse.Models;

/// <summary>Request of <c>DescribeUserQuotas</c> (no parameters).</summary>
public sealed record DescribeUserQuotasRequest : IGseRequest<DescribeUserQuotasResponse>;
