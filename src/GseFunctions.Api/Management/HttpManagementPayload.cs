namespace GseFunctions.Api.Management;

/// <summary>
/// The Durable Functions management payload (<c>CreateCheckStatusResponse</c>), fields in Durable Functions' order.
/// </summary>
/// <param name="Id">The instance id.</param>
/// <param name="StatusQueryGetUri">GET: the instance status.</param>
/// <param name="SendEventPostUri">POST: raise an event (<c>{eventName}</c> placeholder).</param>
/// <param name="TerminatePostUri">POST: terminate (<c>{text}</c> placeholder for the reason).</param>
/// <param name="PurgeHistoryDeleteUri">DELETE: purge the instance's history.</param>
/// <param name="RestartPostUri">POST: restart the instance.</param>
/// <param name="SuspendPostUri">POST: suspend (<c>{text}</c> placeholder for the reason).</param>
/// <param name="ResumePostUri">POST: resume (<c>{text}</c> placeholder for the reason).</param>
public sealed record HttpManagementPayload(
    string Id,
    string StatusQueryGetUri,
    string SendEventPostUri,
    string TerminatePostUri,
    string PurgeHistoryDeleteUri,
    string RestartPostUri,
    string SuspendPostUri,
    string ResumePostUri);
