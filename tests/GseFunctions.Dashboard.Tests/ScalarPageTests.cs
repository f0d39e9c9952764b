using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GseFunctions.Dashboard.Tests;

/// <summary>The self-host's API reference page (<c>/scalar</c>) in Chromium: it asks nothing of any other host and offers no off-site feature.</summary>
public sealed class ScalarPageTests(ConsoleStack stack, ITestOutputHelper output) : IClassFixture<ConsoleStack>
{
    [Fact]
    public async Task Scalar_LoadedInChromium_RequestsNothingOutsideTheHost()
    {
        var page = await stack.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) =>
        {
            lock (requests)
            {
                requests.Add(r.Url);
            }
        };

        var response = await page.GotoAsync(new Uri(stack.SelfHost.Url, "/scalar").ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal(200, response!.Status);
        await Expect(page.GetByText("GseFunctions HTTP API").First).ToBeVisibleAsync();
        await Expect(page.GetByText("Durable management").First).ToBeVisibleAsync();
        // Open an operation too, so lazily loaded parts (code samples, the client) come in.
        await page.GetByText("Durable management").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ConsoleStack.ScreenshotFolder, "scalar.png") });

        // Nothing on the page offers what would leave the host.
        foreach (var offer in new[] { "Ask AI", "Generate SDK", "Deploy" })
        {
            await Expect(page.GetByText(offer, new() { Exact = false })).ToHaveCountAsync(0);
        }

        List<string> all;
        lock (requests)
        {
            all = [.. requests];
        }

        output.WriteLine(string.Join(Environment.NewLine, all));
        Assert.NotEmpty(all);
        var offHost = all.Where(u => !u.StartsWith("data:", StringComparison.Ordinal) && !u.StartsWith("blob:", StringComparison.Ordinal)
            && new Uri(u).GetLeftPart(UriPartial.Authority) != stack.SelfHost.Url.GetLeftPart(UriPartial.Authority)).ToList();
        Assert.True(offHost.Count == 0, "requests outside the host:" + Environment.NewLine + string.Join(Environment.NewLine, offHost));

        await page.Context.CloseAsync();
    }
}
