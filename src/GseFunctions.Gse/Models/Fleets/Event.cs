namespace GseFunctions.Gse.Models;

/// <summary>The <c>Event</c> data structure.</summary>
public sealed record Event
{
    /// <summary>Event code (see §4 event list); those this product writes or reads are in <see cref="GseFleetEventCodes"/>.</summary>
    public string? EventCode { get; init; }

    /// <summary>Unique event ID, e.g. event-qyylnmcz-cic9i6f3.</summary>
    public string? EventId { get; init; }

    /// <summary>Event time, UTC.</summary>
    public string? EventTime { get; init; }

    /// <summary>Human-readable message, e.g. "Fleet changed state to VALIDATING" (may be null).</summary>
    public string? Message { get; init; }

    /// <summary>Pre-signed URL of the related log (may be null).</summary>
    public string? PreSignedLogUrl { get; init; }

    /// <summary>ID of the resource the event refers to (e.g. fleet ID).</summary>
    public string? ResourceId { get; init; }
}
