using Azure;
using Azure.Data.Tables;
using Azure.Identity;
using GseFunctions.Rollouts.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GseFunctions.Api.Health;

/// <summary>
/// <c>storage</c>: one cheap Azure Tables call (the first table of a one-item page) on the account the workflow uses
/// (<c>AzureWebJobsStorage</c>), without retries: the check's own timeout bounds it. Failures carry fixed texts, since
/// the SDK's messages name the account and its endpoints.
/// </summary>
internal sealed class StorageHealthCheck(IOptions<RolloutStorageOptions> options) : IHealthCheck, IDisposable
{
    public const string Name = "storage";

    private readonly Lock _gate = new();
    private TableServiceClient? _client;
    private bool _disposed;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var page in Client().QueryAsync(filter: (string?)null, maxPerPage: 1, cancellationToken).AsPages(pageSizeHint: 1).ConfigureAwait(false))
            {
                _ = page;
                break;
            }

            return HealthCheckResult.Healthy();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // the service reports its timeout with its own fixed text
        }
        catch (AuthenticationFailedException e)
        {
            // Also CredentialUnavailableException: no managed identity or other Azure identity here.
            return HealthCheckResult.Unhealthy("No Azure identity could get a token for Azure Storage (check AzureWebJobsStorage__credential and __clientId).", e);
        }
        catch (RequestFailedException e) when (e.Status is 401 or 403)
        {
            return HealthCheckResult.Unhealthy("Azure Storage refused this service's credentials.", e);
        }
        catch (RequestFailedException e) when (e.Status > 0)
        {
            return HealthCheckResult.Unhealthy("Azure Storage answered with an error.", e);
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException or IOException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Azure Storage unreachable.", e);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The Azure Storage connection setting (AzureWebJobsStorage) is not usable.", e);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }
    }

    private TableServiceClient Client()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_client is null)
            {
                var clientOptions = new TableClientOptions();
                clientOptions.Retry.MaxRetries = 0;
                _client = options.Value.Connection.CreateTableServiceClient(clientOptions);
            }

            return _client;
        }
    }
}
