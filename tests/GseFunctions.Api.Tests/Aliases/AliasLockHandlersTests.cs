using System.Text;
using GseFunctions.Api.Aliases;
using GseFunctions.Api.Problems;
using GseFunctions.Gse;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Moq;

namespace GseFunctions.Api.Tests.Aliases;

/// <summary>
/// PATCH and DELETE of an alias that a rollout holds: refused with 409 (<c>activeRolloutId</c>) while the holder has not
/// ended, allowed once it has (or when the task hub does not know it), and with <c>?force=true</c>. GSE is not called
/// when the request is refused.
/// </summary>
public sealed class AliasLockHandlersTests
{
    private const string AliasId = "alias-1";
    private const string RolloutId = "rollout-0123456789abcdef";

    private readonly Mock<GseClient> _gse = new(MockBehavior.Strict);
    private readonly Mock<IAliasLockStore> _locks = new(MockBehavior.Strict);
    private readonly Mock<DurableTaskClient> _durable = new("test") { CallBase = true }; // GetInstanceAsync reaches GetInstancesAsync

    public AliasLockHandlersTests()
    {
        _gse.Setup(g => g.UpdateAliasAsync(It.IsAny<UpdateAliasRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new UpdateAliasResponse { Alias = new Alias { AliasId = AliasId, Name = "renamed" } });
        _gse.Setup(g => g.DeleteAliasAsync(It.IsAny<DeleteAliasRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new DeleteAliasResponse());
    }

    public static TheoryData<string> Methods => new("PATCH", "DELETE");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task UpdateOrDelete_HeldByRunningRollout_Throws409NamingItWithoutCallingGse(string method)
    {
        Held(OrchestrationRuntimeStatus.Running);

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => CallAsync(method, query: ""));

        Assert.Equal(StatusCodes.Status409Conflict, problem.Status);
        Assert.Equal(ApiProblemTypes.RolloutInProgress, problem.Type);
        Assert.Equal(RolloutId, problem.Extensions!["activeRolloutId"]);
        _gse.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task UpdateOrDelete_LockJustTakenByAStartWhoseInstanceIsNotCreatedYet_Throws409(string method)
    {
        // The starter takes the lock, then creates the instance: in between the holder is unknown but within the orphan
        // grace, and the starter's own rule still counts it as holding the alias.
        _locks.Setup(l => l.GetAsync(AliasId, It.IsAny<CancellationToken>())).ReturnsAsync(new AliasLock(AliasId, RolloutId, TimeProvider.System.GetUtcNow()));
        _durable.Setup(d => d.GetInstancesAsync(RolloutId, It.IsAny<bool>(), It.IsAny<CancellationToken>())).ReturnsAsync((OrchestrationMetadata?)null);

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => CallAsync(method, query: ""));

        Assert.Equal(StatusCodes.Status409Conflict, problem.Status);
        Assert.Equal(RolloutId, problem.Extensions!["activeRolloutId"]);
        _gse.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task UpdateOrDelete_ForceFalseWhileHeld_Throws409(string method)
    {
        Held(OrchestrationRuntimeStatus.Running);

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => CallAsync(method, query: "?force=false"));

        Assert.Equal(StatusCodes.Status409Conflict, problem.Status);
        _gse.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("PATCH", OrchestrationRuntimeStatus.Pending)]
    [InlineData("DELETE", OrchestrationRuntimeStatus.Suspended)]
    public async Task UpdateOrDelete_HeldByPendingOrSuspendedRollout_Throws409(string method, OrchestrationRuntimeStatus status)
    {
        Held(status);

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => CallAsync(method, query: ""));

        Assert.Equal(StatusCodes.Status409Conflict, problem.Status);
        _gse.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("PATCH", OrchestrationRuntimeStatus.Completed)]
    [InlineData("DELETE", OrchestrationRuntimeStatus.Failed)]
    [InlineData("DELETE", OrchestrationRuntimeStatus.Terminated)]
    [InlineData("PATCH", null)]
    [InlineData("DELETE", null)]
    public async Task UpdateOrDelete_HolderEndedOrUnknown_GoesAhead(string method, OrchestrationRuntimeStatus? status)
    {
        Held(status);

        var result = await CallAsync(method, query: "");

        Assert.Equal(method == "PATCH" ? 200 : 204, (result as IStatusCodeHttpResult)?.StatusCode ?? 200);
        VerifyGseCalled(method);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task UpdateOrDelete_Free_GoesAhead(string method)
    {
        _locks.Setup(l => l.GetAsync(AliasId, It.IsAny<CancellationToken>())).ReturnsAsync((AliasLock?)null);

        var result = await CallAsync(method, query: "");

        Assert.Equal(method == "PATCH" ? 200 : 204, (result as IStatusCodeHttpResult)?.StatusCode ?? 200);
        VerifyGseCalled(method);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task UpdateOrDelete_ForceWhileHeld_GoesAheadWithoutReadingTheLock(string method)
    {
        var result = await CallAsync(method, query: "?force=true");

        Assert.Equal(method == "PATCH" ? 200 : 204, (result as IStatusCodeHttpResult)?.StatusCode ?? 200);
        VerifyGseCalled(method);
        _locks.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("DELETE", "?force=True")]
    [InlineData("PATCH", "?force=no")]
    [InlineData("DELETE", "?force=1")]
    [InlineData("PATCH", "?force=")]
    [InlineData("DELETE", "?force=true&force=true")]
    [InlineData("DELETE", "?force=%00")]
    public async Task UpdateOrDelete_ForceNotTrue_Throws400NamingItAndChangesNothing(string method, string query)
    {
        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => CallAsync(method, query));

        Assert.Equal(StatusCodes.Status400BadRequest, problem.Status);
        Assert.Equal(["force"], problem.Errors!.Keys);
        _gse.VerifyNoOtherCalls();
        _locks.VerifyNoOtherCalls();
    }

    private void Held(OrchestrationRuntimeStatus? status)
    {
        _locks.Setup(l => l.GetAsync(AliasId, It.IsAny<CancellationToken>())).ReturnsAsync(new AliasLock(AliasId, RolloutId, DateTimeOffset.UnixEpoch));
        _durable.Setup(d => d.GetInstancesAsync(RolloutId, It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(status is { } s ? new OrchestrationMetadata("Rollout", RolloutId) { RuntimeStatus = s } : null);
    }

    private void VerifyGseCalled(string method)
    {
        if (method == "PATCH")
        {
            _gse.Verify(g => g.UpdateAliasAsync(It.Is<UpdateAliasRequest>(r => r.AliasId == AliasId && r.Name == "renamed"), It.IsAny<CancellationToken>()), Times.Once());
        }
        else
        {
            _gse.Verify(g => g.DeleteAliasAsync(It.Is<DeleteAliasRequest>(r => r.AliasId == AliasId), It.IsAny<CancellationToken>()), Times.Once());
        }
    }

    private AliasLocking Locking => new(_locks.Object, Options.Create(new RolloutStorageOptions()), TimeProvider.System);

    private Task<IResult> CallAsync(string method, string query)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.Request.Path = $"/api/aliases/{AliasId}";
        http.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        if (method == "PATCH")
        {
            var bytes = Encoding.UTF8.GetBytes("""{"name":"renamed"}""");
            http.Request.ContentType = "application/json";
            http.Request.ContentLength = bytes.Length;
            http.Request.Body = new MemoryStream(bytes);
        }

        return method == "PATCH"
            ? AliasHandlers.UpdateAsync(AliasId, http.Request, _gse.Object, Locking, _durable.Object, CancellationToken.None)
            : AliasHandlers.DeleteAsync(AliasId, http.Request, _gse.Object, Locking, _durable.Object, CancellationToken.None);
    }
}
