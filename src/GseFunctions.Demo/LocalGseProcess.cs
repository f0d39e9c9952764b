using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GseFunctions.Demo;

/// <summary>The local GSE as a child process on 127.0.0.1; disposing it stops the process.</summary>
internal sealed class LocalGseProcess : IAsyncDisposable
{
    private readonly Process _process;

    private LocalGseProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<LocalGseProcess> StartAsync(string repositoryRoot, string configuration, double timeScale, string secretId, string secretKey, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(repositoryRoot, "src", "GseFunctions.Gse.Emulator", "bin", configuration, "net10.0", "GseFunctions.Gse.Emulator.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The local GSE is not built ({dll}); run scripts/demo.sh, which builds it.");
        }

        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", address.ToString().TrimEnd('/') },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["GSE_TIME_SCALE"] = timeScale.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["GSE_SECRET_ID"] = secretId;
        start.Environment["GSE_SECRET_KEY"] = secretKey;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the local GSE.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("[local GSE] " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var local = new LocalGseProcess(process, address);
        try
        {
            await local.WaitHealthyAsync(cancellationToken);
            return local;
        }
        catch
        {
            await local.DisposeAsync();
            throw;
        }
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The local GSE exited with code {_process.ExitCode} while starting.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Address, "_emulator/health"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("The local GSE did not become healthy within 30 seconds.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
