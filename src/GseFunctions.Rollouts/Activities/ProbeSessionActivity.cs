using System.Security.Cryptography;
using System.Text;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using Microsoft.DurableTask;

namespace GseFunctions.Rollouts.Activities;

/// <summary>Input of <see cref="ProbeSessionActivity"/>.</summary>
/// <param name="RolloutId">The rollout; the probe's idempotency token derives from it, so a re-run returns the same session.</param>
/// <param name="FleetId">The fleet to probe.</param>
public sealed record ProbeSessionInput(string RolloutId, string FleetId);

/// <summary>The probe session as last read.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Status">Its status (ACTIVATING, ACTIVE, TERMINATED, ERROR, …), or null when the fleet had no free process.</param>
/// <param name="Error">Why it could not be created, when it could not.</param>
public sealed record ProbeSessionResult(string? SessionId, string? Status, string? Error);

/// <summary>
/// Creates the smoke test's probe session on a fleet, or reads it if it exists (same idempotency token).
/// GSE's ResourceInsufficient (no free process) is a planned outcome, returned rather than thrown.
/// </summary>
public sealed class ProbeSessionActivity(GseClient gse) : TaskActivity<ProbeSessionInput, ProbeSessionResult>
{
    /// <inheritdoc/>
    public override async Task<ProbeSessionResult> RunAsync(TaskActivityContext context, ProbeSessionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var session = (await gse.CreateGameServerSessionAsync(new CreateGameServerSessionRequest
            {
                FleetId = input.FleetId,
                MaximumPlayerSessionCount = 1,
                Name = "gsefunctions smoke test",
                IdempotencyToken = Token(input.RolloutId),
            }).ConfigureAwait(false)).GameServerSession;
            if (session?.GameServerSessionId is null)
            {
                return new ProbeSessionResult(null, null, "CreateGameServerSession answered without a session.");
            }

            var current = (await gse.DescribeGameServerSessionsAsync(new DescribeGameServerSessionsRequest { GameServerSessionId = session.GameServerSessionId }).ConfigureAwait(false))
                .GameServerSessions.FirstOrNull();
            return new ProbeSessionResult(session.GameServerSessionId, current?.Status ?? session.Status, null);
        }
        catch (GseException e) when (e.Code is GseErrorCodes.ResourceInsufficient or GseErrorCodes.ResourceUnavailable)
        {
            return new ProbeSessionResult(null, null, $"{e.Code}: {e.ServiceMessage}");
        }
    }

    /// <summary>
    /// The probe's idempotency token: <c>probe-</c> and 40 hex digits of the rollout id's SHA-256 (46 characters). GSE
    /// takes at most 48 ASCII characters, and rollout ids (a scheduled occurrence's among them) can be longer.
    /// </summary>
    internal static string Token(string rolloutId) =>
        "probe-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rolloutId)))[..40];
}
