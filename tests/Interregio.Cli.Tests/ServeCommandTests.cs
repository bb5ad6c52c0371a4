using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Interregio.Tests.Storage.Fixtures;

namespace Interregio.Cli.Tests;

/// <summary>
/// interregio serve as a user runs it: the built CLI in a child process on a free loopback port, asked over HTTP, then
/// stopped with Ctrl+C (SIGINT), which must end it cleanly with exit code 0.
/// </summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("interregio-serve");

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task IngestArticles()
    {
        var r = await CliProcess.RunAsync(_folder.Path, "ingest", StorageArticles.WriteTo(_folder["articles"]));
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    [Fact]
    public async Task Serve_answers_health_and_regions_over_the_database_and_stops_cleanly_on_ctrl_c()
    {
        await IngestArticles();
        await using var server = await ServerProcess.StartAsync(_folder.Path, "serve", "--urls", $"http://127.0.0.1:{FreePort()}");
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        using var health = JsonDocument.Parse(await http.GetStringAsync("/health", Cancel));
        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(StorageArticles.All.Count, health.RootElement.GetProperty("documents").GetInt32());
        Assert.False(health.RootElement.GetProperty("writes_enabled").GetBoolean());

        using var regions = JsonDocument.Parse(await http.GetStringAsync("/api/regions", Cancel));
        var codes = regions.RootElement.EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Contains("RU-PNZ", codes);
        Assert.Contains("RU-SAM", codes);

        // The dashboard comes from the wwwroot copied beside the CLI.
        var page = await http.GetStringAsync("/", Cancel);
        Assert.Contains("<title>Overview · Interregio</title>", page);

        var exit = await server.InterruptAsync();
        Assert.True(exit == 0, $"exit {exit} after Ctrl+C\n{server.Output}");
        Assert.Contains("Stopped.", server.Output);
    }

    [Fact]
    public async Task Serve_with_a_token_takes_writes_only_with_it()
    {
        await IngestArticles();
        await using var server = await ServerProcess.StartAsync(_folder.Path, "serve", "--urls", $"http://127.0.0.1:{FreePort()}", "--token", "s3cret");
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        using var health = JsonDocument.Parse(await http.GetStringAsync("/health", Cancel));
        Assert.True(health.RootElement.GetProperty("writes_enabled").GetBoolean());
        using var anonymous = await http.PostAsync("/api/documents", new StringContent("""{"name":"tver_new.txt","text":"Trade between Belarus and Tver Oblast reached $610 million in 2024."}""", System.Text.Encoding.UTF8, "application/json"), Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(0, await server.InterruptAsync());
    }

    [Fact]
    public async Task Demo_ingests_then_serves_the_dashboard_and_prints_its_address()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        await using var server = await ServerProcess.StartAsync(_folder.Path, "demo", "--urls", url);
        Assert.Equal(url, server.Url);
        Assert.True(File.Exists(_folder["interregio.db"]));
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        using var health = JsonDocument.Parse(await http.GetStringAsync("/health", Cancel));
        Assert.True(health.RootElement.GetProperty("documents").GetInt32() >= 20);
        Assert.Contains("document.js", await http.GetStringAsync("/document.html", Cancel));
        Assert.Equal(0, await server.InterruptAsync());
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://192.0.2.10:5080")]
    public async Task A_non_loopback_address_needs_allow_remote(string url)
    {
        await IngestArticles();
        var r = await CliProcess.RunAsync(_folder.Path, "serve", "--urls", url);
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.StderrLines);
        Assert.Equal($"interregio: {url} is not a loopback address; add --allow-remote to let other machines connect", line);
    }

    [Fact]
    public async Task Serve_without_a_database_is_one_line_naming_it()
    {
        var r = await CliProcess.RunAsync(_folder.Path, "serve", "--db", "missing.db");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("interregio: missing.db: ", Assert.Single(r.StderrLines));
        Assert.False(File.Exists(_folder["missing.db"]));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The CLI serving in a child process; killed on dispose if a test did not stop it.</summary>
    private sealed class ServerProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly System.Text.StringBuilder _output = new();

        private ServerProcess(Process process) => _process = process;

        public string Url { get; private set; } = "";

        public string Output
        {
            get
            {
                lock (_output)
                    return _output.ToString();
            }
        }

        /// <summary>Starts the CLI and waits (bounded) for the line that names the address it serves.</summary>
        public static async Task<ServerProcess> StartAsync(string folder, params string[] args)
        {
            var process = Process.Start(CliProcess.StartInfo(folder, null, args))!;
            var server = new ServerProcess(process);
            var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null)
                    return;
                lock (server._output)
                    server._output.AppendLine(e.Data);
                const string marker = " at http://";
                var at = e.Data.IndexOf(marker, StringComparison.Ordinal);
                if (e.Data.StartsWith("Interregio is serving ", StringComparison.Ordinal) && at > 0)
                    listening.TrySetResult(e.Data[(at + 4)..]);
            };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null)
                    return;
                lock (server._output)
                    server._output.AppendLine(e.Data);
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.StandardInput.Close();
            var exited = process.WaitForExitAsync(Cancel);
            var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromMinutes(1), Cancel));
            if (first != listening.Task)
            {
                await server.DisposeAsync();
                Assert.Fail($"the CLI did not start serving:\n{server.Output}");
            }
            server.Url = await listening.Task;
            return server;
        }

        /// <summary>Sends SIGINT, as Ctrl+C in a terminal does, and returns the exit code.</summary>
        public async Task<int> InterruptAsync()
        {
            if (OperatingSystem.IsWindows())
                Assert.Skip("sending Ctrl+C to a child process is a POSIX signal here");
            using (var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
                await kill.WaitForExitAsync(Cancel);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(timeout.Token);
            return _process.ExitCode;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
            _process.Dispose();
        }
    }
}
