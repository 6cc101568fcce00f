using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using VicidialLeads.TestServer;
using Xunit;

namespace VicidialLeads.Tests.Support
{
    /// <summary>A test server on a free 127.0.0.1 port and a runspace with the module, shared by one test class.</summary>
    public sealed class TestServerFixture : IAsyncLifetime
    {
        /// <summary>A password long and unique enough that finding it anywhere can only mean a leak.</summary>
        public const string CanaryPassword = "Canary-7f3c9e1a-4b2d-Secret";
        public const string CanaryUser = "canary";

        public VicidialTestServer Server { get; private set; } = null!;
        internal PowerShellSession PowerShell { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Server = await VicidialTestServer.StartAsync(new TestServerOptions());
            Server.State.AddUser(CanaryUser, CanaryPassword);
            PowerShell = new PowerShellSession();
        }

        public async Task DisposeAsync()
        {
            PowerShell.Dispose();
            await Server.DisposeAsync();
        }

        public static PSCredential Credential(string user, string password) =>
            new PSCredential(user, Secrets.Secure(password));

        /// <summary>The variables $server and $credential of a script that runs Connect-VicidialApi.</summary>
        internal static Dictionary<string, object?> ServerAndCredential(string server, string user = CanaryUser, string password = CanaryPassword) =>
            new Dictionary<string, object?>
            {
                ["server"] = server,
                ["credential"] = Credential(user, password),
            };

        /// <summary>Connects (quick retries, short time-out) and runs <paramref name="script"/> in the same runspace.</summary>
        internal ScriptRun ConnectAndRun(string script, IDictionary<string, object?>? variables = null, string user = CanaryUser,
            string password = CanaryPassword, string connectOptions = "-TimeoutSec 5")
        {
            var all = new Dictionary<string, object?>(variables ?? new Dictionary<string, object?>());
            foreach (var pair in ServerAndCredential(Server.ApiUri.ToString(), user, password))
                all[pair.Key] = pair.Value;
            return PowerShell.Run(
                "$null = Connect-VicidialApi -Server $server -Credential $credential -RetryIntervalSec 0.01 -WarningAction SilentlyContinue " + connectOptions + "\n" + script,
                all);
        }
    }
}
