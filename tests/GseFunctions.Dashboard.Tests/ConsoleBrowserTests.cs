using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GseFunctions.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GseFunctions.Dashboard.Tests;

/// <summary>
/// The release console in Chromium over the self-host, a fast local GSE and Azurite: the key prompt, a rollout started
/// from the form and approved on its page, the crossover chart, abort's confirmation, and a refused key.
/// </summary>
public sealed partial class ConsoleBrowserTests(ConsoleStack stack, ITestOutputHelper output) : IClassFixture<ConsoleStack>
{
    private static readonly TimeSpan RolloutTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task ApprovalGatedRollout_StartedFromTheForm_ApprovedCompletesAndChartsBothFleets()
    {
        var seed = await RolloutSeed.CreateAsync(stack.GseClient, sessions: 2);
        // Players keep arriving through the alias, so the old fleet has live sessions to drain after the switch.
        await stack.GseAdmin.SetTrafficAsync(seed.AliasId, sessionsPerMinute: 4);
        var page = await stack.NewPageAsync();
        var rolloutCalls = new List<string>();
        page.Request += (_, r) =>
        {
            if (r.Url.Contains("/api/rollouts/rollout-", StringComparison.Ordinal))
            {
                lock (rolloutCalls)
                {
                    rolloutCalls.Add(r.Url);
                }
            }
        };

        await page.GotoAsync(stack.Console + "#/start");
        await EnterKeyAsync(page, SelfHostProcess.TestMasterKey);

        await page.Locator("#f-aliasId").FillAsync(seed.AliasId);
        await page.Locator("#f-fleetId").FillAsync(seed.Fleet2!);
        await page.Locator("#f-options-requireApproval").CheckAsync();
        await page.Locator("#f-options-pollInterval").FillAsync("00:00:01");
        await page.Locator("#f-options-maxPollInterval").FillAsync("00:00:02");
        // Kept a few seconds after the drain, so the page watches the new fleet take the players.
        await page.Locator("#f-options-retention").FillAsync("00:00:06");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start rollout" }).ClickAsync();

        await page.WaitForURLAsync(RolloutPage());
        var rolloutId = Uri.UnescapeDataString(page.Url.Split("#/rollouts/")[1]);
        output.WriteLine($"rollout {rolloutId}");
        await Expect(page.Locator("#phase")).ToHaveTextAsync("AwaitingApproval", new() { Timeout = Ms(RolloutTimeout) });
        await Expect(page.Locator("#live-state")).ToContainTextAsync("Live");
        await page.ScreenshotAsync(new() { Path = Shot("awaiting-approval.png"), FullPage = true });

        await page.Locator("#approve").ClickAsync();
        var dialog = page.Locator("#confirm-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync(seed.AliasId);
        await Expect(dialog).ToContainTextAsync(seed.Fleet2!);
        await page.Locator("#confirm-ok").ClickAsync();

        await Expect(page.Locator("#runtime-status")).ToHaveTextAsync("Completed", new() { Timeout = Ms(RolloutTimeout) });
        await Expect(page.Locator("#outcome")).ToContainTextAsync("Completed");
        await Expect(page.Locator("#live-state")).ToContainTextAsync("Ended");
        Assert.Equal(seed.Fleet2, await RolloutSeed.AliasFleetAsync(stack.GseClient, seed.AliasId));
        await stack.GseAdmin.SetTrafficAsync(seed.AliasId, sessionsPerMinute: 0);

        // The chart: one series per fleet, with readings, and the switch marked between them.
        var oldPoints = int.Parse(await page.Locator("svg.crossover g.series-old").GetAttributeAsync("data-points") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var newPoints = int.Parse(await page.Locator("svg.crossover g.series-new").GetAttributeAsync("data-points") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        output.WriteLine($"chart: {oldPoints} old-fleet readings, {newPoints} new-fleet readings");
        Assert.True(oldPoints >= 1 && newPoints >= 1, $"old {oldPoints}, new {newPoints}");
        Assert.True(oldPoints + newPoints >= 4, $"old {oldPoints}, new {newPoints}");
        // The crossover: the old fleet had players and ends with none; the new fleet has players after the switch.
        var oldValues = await SeriesAsync(page, "old");
        var newValues = await SeriesAsync(page, "new");
        output.WriteLine($"old fleet: {string.Join(' ', oldValues)}; new fleet: {string.Join(' ', newValues)}");
        Assert.Contains(oldValues, v => v > 0);
        Assert.Equal(0, oldValues[^1]);
        Assert.Contains(newValues, v => v > 0);
        await Expect(page.Locator("svg.crossover g.series-old polyline")).ToHaveCountAsync(1);
        await Expect(page.Locator("svg.crossover g.series-new polyline")).ToHaveCountAsync(1);
        await Expect(page.Locator("svg.crossover g.switch-marker")).ToHaveCountAsync(1);
        await Expect(page.Locator("ol.phases")).ToContainTextAsync("Draining");
        await page.Locator("figure.chart").ScreenshotAsync(new() { Path = Shot("crossover-chart.png") });
        await page.ScreenshotAsync(new() { Path = Shot("rollout-completed.png"), FullPage = true });

        // Polling stopped with the rollout: no call for it in the next few seconds.
        int before;
        lock (rolloutCalls)
        {
            before = rolloutCalls.Count;
        }

        await Task.Delay(TimeSpan.FromSeconds(5));
        lock (rolloutCalls)
        {
            Assert.Equal(before, rolloutCalls.Count);
        }

        // A phone: the same page in one column, nothing wider than the screen.
        var phone = await stack.NewPageAsync(390, 844);
        await phone.GotoAsync(stack.Console + "#/rollouts/" + Uri.EscapeDataString(rolloutId));
        await EnterKeyAsync(phone, SelfHostProcess.TestMasterKey);
        await Expect(phone.Locator("#runtime-status")).ToHaveTextAsync("Completed");
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        await phone.ScreenshotAsync(new() { Path = Shot("rollout-phone.png"), FullPage = true });
        await phone.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Abort_AsksFirst_CancelChangesNothingAndConfirmRollsBack()
    {
        var seed = await RolloutSeed.CreateAsync(stack.GseClient, sessions: 1);
        using var http = stack.AdminClient();
        using var started = await http.PostAsJsonAsync("/api/rollouts", new
        {
            aliasId = seed.AliasId,
            fleetId = seed.Fleet2,
            options = new { requireApproval = true, pollInterval = "00:00:01", maxPollInterval = "00:00:02" },
        });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        var rolloutId = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var page = await stack.NewPageAsync();

        // The aliases page names the alias's fleet, its live sessions, and the rollout running on it.
        await page.GotoAsync(stack.Console + "#/aliases");
        await EnterKeyAsync(page, SelfHostProcess.TestMasterKey);
        var row = page.Locator("tr", new() { HasText = seed.AliasId });
        await Expect(row).ToContainTextAsync(seed.Fleet1);
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = rolloutId })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("aliases.png"), FullPage = true });
        await row.GetByRole(AriaRole.Link, new() { Name = rolloutId }).ClickAsync();

        await Expect(page.Locator("#phase")).ToHaveTextAsync("AwaitingApproval", new() { Timeout = Ms(RolloutTimeout) });

        await page.Locator("#abort").ClickAsync();
        var dialog = page.Locator("#confirm-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("Aborting");
        await Expect(dialog).ToContainTextAsync(seed.AliasId);
        await Expect(page.Locator("#confirm-cancel")).ToBeFocusedAsync();
        await page.ScreenshotAsync(new() { Path = Shot("abort-confirmation.png") });
        await page.Locator("#confirm-cancel").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        // Cancelled: nothing was sent; a few polls later the rollout still waits for approval.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var status = await GetAsync(http, rolloutId);
        Assert.Equal("Running", status.GetProperty("runtimeStatus").GetString());
        Assert.Equal("AwaitingApproval", status.GetProperty("status").GetProperty("phase").GetString());

        // Escape is a cancel too.
        await page.Locator("#abort").ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        Assert.Equal("AwaitingApproval", (await GetAsync(http, rolloutId)).GetProperty("status").GetProperty("phase").GetString());

        await page.Locator("#abort").ClickAsync();
        await page.Locator("#confirm-ok").ClickAsync();

        await Expect(page.Locator("#runtime-status")).ToHaveTextAsync("Completed", new() { Timeout = Ms(RolloutTimeout) });
        await Expect(page.Locator("#outcome")).ToContainTextAsync("RolledBack");
        Assert.Equal(seed.Fleet1, await RolloutSeed.AliasFleetAsync(stack.GseClient, seed.AliasId));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Schedules_ShowNextOccurrence_DeleteAsksFirst()
    {
        var scheduleId = "console-" + Guid.NewGuid().ToString("N")[..8];
        using var http = stack.AdminClient();
        using var created = await http.PostAsJsonAsync("/api/schedules", new
        {
            scheduleId,
            rollout = new { aliasId = "alias-scheduled", fleetId = "fleet-scheduled" },
            startAt = "2030-01-02T03:00:00Z",
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var page = await stack.NewPageAsync();
        await page.GotoAsync(stack.Console + "#/schedules");
        await EnterKeyAsync(page, SelfHostProcess.TestMasterKey);
        var row = page.Locator("tr", new() { HasText = scheduleId });
        await Expect(row).ToContainTextAsync("alias-scheduled");
        // The next occurrence comes from the schedule's workflow status, set once its first step ran: look again until then.
        var next = row.Locator("td:nth-child(4) time[datetime='2030-01-02T03:00:00.000Z']");
        await Eventually.HoldsAsync(
            async () =>
            {
                if (await next.CountAsync() == 1)
                {
                    return true;
                }

                await page.ReloadAsync();
                await Expect(row).ToBeVisibleAsync();
                return await next.CountAsync() == 1;
            },
            TimeSpan.FromSeconds(30),
            "the next occurrence shown");

        await row.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(page.Locator("#confirm-dialog")).ToContainTextAsync(scheduleId);
        await page.Locator("#confirm-cancel").ClickAsync();
        Assert.True((await http.GetAsync(new Uri("/api/schedules/" + scheduleId, UriKind.Relative))).IsSuccessStatusCode);

        await row.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.Locator("#confirm-ok").ClickAsync();
        await Expect(page.Locator("#notice")).ToContainTextAsync("deleted");
        await Expect(page.Locator("tr", new() { HasText = scheduleId })).ToHaveCountAsync(0);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/api/schedules/" + scheduleId, UriKind.Relative))).StatusCode);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Key_AskedOnceKeptInSessionStorageOnly_AndA401ReturnsToThePrompt()
    {
        var page = await stack.NewPageAsync();
        var sentKeys = new List<string?>();
        page.Request += (_, r) =>
        {
            if (r.Url.Contains("/api/aliases", StringComparison.Ordinal))
            {
                lock (sentKeys)
                {
                    sentKeys.Add(r.Headers.GetValueOrDefault("x-functions-key"));
                }
            }
        };

        await page.GotoAsync(stack.Console.ToString());
        var prompt = page.Locator("#key-dialog");
        await Expect(prompt).ToBeVisibleAsync();
        await Expect(page.Locator("#key-input")).ToBeFocusedAsync();
        await page.ScreenshotAsync(new() { Path = Shot("key-prompt.png") });

        // A wrong key: the API answers 401 and the prompt comes back, saying so; the key is forgotten.
        await EnterKeyAsync(page, "wrong-key-0123456789abcdef0123456789abcdef");
        await Expect(prompt).ToBeVisibleAsync();
        await Expect(page.Locator("#key-error")).ToContainTextAsync("401");
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('gsef.key')"));

        await EnterKeyAsync(page, SelfHostProcess.TestMasterKey);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aliases" })).ToBeVisibleAsync();
        await Expect(prompt).ToBeHiddenAsync();
        Assert.Equal(SelfHostProcess.TestMasterKey, await page.EvaluateAsync<string?>("() => sessionStorage.getItem('gsef.key')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length"));
        Assert.DoesNotContain(SelfHostProcess.TestMasterKey, page.Url, StringComparison.Ordinal);

        // Asked once: other views use the kept key.
        await page.GotoAsync(stack.Console + "#/rollouts");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rollouts" })).ToBeVisibleAsync();
        await Expect(prompt).ToBeHiddenAsync();

        // The key changes under the page (rotated): the next call's 401 returns to the prompt.
        await page.EvaluateAsync("() => sessionStorage.setItem('gsef.key', 'rotated-away-0123456789abcdef0123456789')");
        await page.GotoAsync(stack.Console + "#/aliases");
        await Expect(prompt).ToBeVisibleAsync();
        await Expect(page.Locator("#key-error")).ToContainTextAsync("401");

        lock (sentKeys)
        {
            Assert.Contains("wrong-key-0123456789abcdef0123456789abcdef", sentKeys);
            Assert.Contains(SelfHostProcess.TestMasterKey, sentKeys);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Console_PageLoadsWithoutAKeyAndBreaksNoContentSecurityPolicy()
    {
        var page = await stack.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                lock (problems)
                {
                    problems.Add(m.Text);
                }
            }
        };
        page.PageError += (_, e) =>
        {
            lock (problems)
            {
                problems.Add(e);
            }
        };

        var response = await page.GotoAsync(stack.Console.ToString());
        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("#key-dialog")).ToBeVisibleAsync();
        await EnterKeyAsync(page, SelfHostProcess.TestMasterKey);
        foreach (var view in new[] { "#/aliases", "#/rollouts", "#/schedules", "#/start" })
        {
            await page.GotoAsync(stack.Console + view);
            await Expect(page.Locator("main h2")).ToBeVisibleAsync();
        }

        await Expect(page.Locator("#f-options-retire")).ToHaveValueAsync("Delete");
        await Expect(page.Locator("#f-options-readinessTimeout")).ToHaveAttributeAsync("placeholder", "00:30:00");
        await page.ScreenshotAsync(new() { Path = Shot("start-form.png"), FullPage = true });

        // Bad input: the API's 400 field errors show beside their fields, and nothing starts.
        await page.Locator("#f-aliasId").FillAsync("alias-none");
        await page.Locator("#f-fleetId").FillAsync("fleet-none");
        await page.Locator("#f-options-pollInterval").FillAsync("soon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start rollout" }).ClickAsync();
        await Expect(page.Locator("#f-options-pollInterval-error")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#f-options-pollInterval")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#form-errors")).ToContainTextAsync("pollInterval");
        Assert.EndsWith("#/start", page.Url, StringComparison.Ordinal);

        // The browser logs every 4xx answer (here the refused start); those are answers the page shows, not page errors.
        lock (problems)
        {
            Assert.True(problems.All(p => p.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal)), string.Join(Environment.NewLine, problems));
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/api/dashboard", "dashboard/")]
    [InlineData("/", "/api/dashboard/")]
    public async Task Get_FolderWithoutSlashOrRoot_RedirectsToTheConsole(string path, string location)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = stack.SelfHost.Url };

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    private static async Task EnterKeyAsync(IPage page, string key)
    {
        await Expect(page.Locator("#key-dialog")).ToBeVisibleAsync();
        await page.Locator("#key-input").FillAsync(key);
        await page.Locator("#key-input").PressAsync("Enter");
    }

    // The live-session counts of one series, oldest first, from its points' titles ("new fleet: 3 live at …").
    private static async Task<int[]> SeriesAsync(IPage page, string role) =>
        await page.EvaluateAsync<int[]>(
            "role => [...document.querySelectorAll(`svg.crossover g.series-${role} circle title`)].map(t => Number(/: (\\d+) live/.exec(t.textContent)[1]))",
            role);

    private static async Task<JsonElement> GetAsync(HttpClient http, string rolloutId) =>
        JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/rollouts/" + Uri.EscapeDataString(rolloutId), UriKind.Relative))).RootElement.Clone();

    private static string Shot(string name) => Path.Combine(ConsoleStack.ScreenshotFolder, name);

    private static float Ms(TimeSpan time) => (float)time.TotalMilliseconds;

    [GeneratedRegex("#/rollouts/.+")]
    private static partial Regex RolloutPage();
}
