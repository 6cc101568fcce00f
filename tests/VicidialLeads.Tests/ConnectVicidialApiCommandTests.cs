using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.TestServer;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>Connect-VicidialApi and the server's refusals, hosted in PowerShell against the test server.</summary>
    public class ConnectVicidialApiCommandTests : CmdletTestBase
    {
        public ConnectVicidialApiCommandTests(TestServerFixture fixture) : base(fixture) { }

        private ScriptRun Connect(string user, string password, string server = "", string options = "") =>
            Fixture.PowerShell.Run(
                "Connect-VicidialApi -Server $server -Credential $credential -PassThru -TimeoutSec 5 " + options,
                TestServerFixture.ServerAndCredential(server.Length > 0 ? server : Fixture.Server.ApiUri.ToString(), user, password));

        [Fact]
        public void Connects_and_shows_the_server_without_the_password()
        {
            var run = Connect(TestServerFixture.CanaryUser, TestServerFixture.CanaryPassword);
            Assert.Null(run.Terminating);
            var session = Assert.IsType<VicidialSession>(run.Output.Single());
            Assert.Equal(Fixture.Server.ApiUri.ToString(), session.Server);
            Assert.Equal("2.14-202", session.ApiVersion);
            Assert.Equal("250720-1841", session.Build);
            Assert.Equal("POST", session.Method);
            Assert.Equal("VicidialLeads", session.Source);
            Assert.Contains(run.Warnings, w => w.Contains("clear text"));
            Assert.DoesNotContain(TestServerFixture.CanaryPassword, run.AllText());
            var properties = Fixture.PowerShell.Run("$s | Format-List * | Out-String", new Dictionary<string, object?> { ["s"] = session });
            Assert.DoesNotContain(TestServerFixture.CanaryPassword, (string)properties.Output.Single()!);
            Assert.Equal(0, Fixture.Server.State.FailedLoginAttempts(TestServerFixture.CanaryUser));
        }

        [Fact]
        public void A_base_url_gets_the_script_path()
        {
            var run = Connect("6666", "1234", server: Fixture.Server.BaseUri.ToString());
            Assert.Null(run.Terminating);
            Assert.Equal(Fixture.Server.ApiUri.ToString(), ((VicidialSession)run.Output.Single()!).Server);
        }

        [Fact]
        public void A_wrong_password_fails_once_and_is_never_echoed()
        {
            const string wrong = "Wrong-Canary-91b7d0c2";
            Fixture.Server.State.AddUser("lockme", "right-password");
            var run = Connect("lockme", wrong, options: "-MaximumRetryCount 5");
            Assert.NotNull(run.Terminating);
            Assert.Equal(ErrorCategory.AuthenticationError, run.Terminating!.CategoryInfo.Category);
            Assert.Contains("rejected the login of user 'lockme'", run.Terminating.Exception.Message);
            Assert.IsType<VicidialServerException>(run.Terminating.Exception);
            Assert.DoesNotContain(wrong, run.AllText());
            Assert.Equal(1, Fixture.Server.State.FailedLoginAttempts("lockme"));
        }

        [Fact]
        public void A_locked_user_is_told_to_wait_15_minutes()
        {
            Fixture.Server.State.AddUser("locked", "right-password");
            for (int i = 0; i < 10; i++) Connect("locked", "bad" + i);
            var run = Connect("locked", "right-password");
            Assert.Equal(ErrorCategory.AuthenticationError, run.Terminating!.CategoryInfo.Category);
            Assert.Equal(VicidialServerErrorKind.AccountLocked, ((VicidialServerException)run.Terminating.Exception).Kind);
            Assert.Contains("15 minutes", run.Terminating.Exception.Message);
        }

        [Theory]
        [InlineData("apinoperm", "nope1234", "does not have permission for 'lead_search'")]
        [InlineData("apilimited", "limit1234", "not allowed to use the API function 'lead_search'")]
        public void A_user_without_lead_search_permission_connects_with_a_warning_and_searches_are_refused(string user, string password, string expected)
        {
            // The login is good: a user for call logs or DNC numbers needs no lead_search, so the session opens.
            var run = Connect(user, password);
            Assert.Null(run.Terminating);
            Assert.Contains(run.Warnings, w => w.Contains(expected));
            var search = Fixture.PowerShell.Run("Search-VicidialLead 9998885112");
            Assert.Equal(ErrorCategory.PermissionDenied, search.Terminating!.CategoryInfo.Category);
            Assert.Contains(expected, search.Terminating.Exception.Message);
            Assert.DoesNotContain(password, run.AllText() + search.AllText());
        }

        [Fact]
        public void An_ip_block_is_a_permission_error()
        {
            Fixture.Server.State.AddUser("blocked", "pw-blocked-1", new ApiUserPermissions(IpBlocked: true));
            var run = Connect("blocked", "pw-blocked-1");
            Assert.Equal(ErrorCategory.PermissionDenied, run.Terminating!.CategoryInfo.Category);
            Assert.Contains("IP address", run.Terminating.Exception.Message);
        }

        [Fact]
        public void A_url_that_is_not_vicidial_is_named_in_the_error()
        {
            string notApi = new Uri(Fixture.Server.BaseUri, "not_the_api.php").ToString();
            var run = Connect("6666", "1234", server: notApi);
            Assert.NotNull(run.Terminating);
            Assert.Contains(notApi, run.Terminating!.Exception.Message);
            Assert.Equal(notApi, run.Terminating.TargetObject);
        }

        [Fact]
        public void A_refused_connection_is_named_in_the_error()
        {
            int port = LoopbackPort.Free();
            string url = $"http://127.0.0.1:{port}/vicidial/non_agent_api.php";
            var run = Connect("6666", "1234", server: url);
            Assert.Equal(ErrorCategory.ConnectionError, run.Terminating!.CategoryInfo.Category);
            Assert.Contains(url, run.Terminating.Exception.Message);
        }

        [Theory]
        [InlineData("x")]
        [InlineData("my-app")]
        [InlineData("abcdefghijklmnopqrstu")]
        public void A_source_outside_the_api_rule_is_refused_before_sending(string source)
        {
            long before = Fixture.Server.State.GetStatistics(0).TotalRequests;
            var run = Connect("6666", "1234", options: $"-Source '{source}'");
            Assert.NotNull(run.Terminating);
            Assert.Equal(before, Fixture.Server.State.GetStatistics(0).TotalRequests);
        }

        [Fact]
        public void Disconnect_closes_the_session()
        {
            var closed = Fixture.ConnectAndRun("$s = Connect-VicidialApi -Server $server -Credential $credential -PassThru -WarningAction SilentlyContinue; Disconnect-VicidialApi; $s.IsConnected");
            Assert.Equal(false, closed.Output.Single());
            var run = Fixture.PowerShell.Run("Search-VicidialLead 9998885112 -Session $s");
            Assert.NotNull(run.Terminating);
            Assert.Contains("disconnected", run.Terminating!.Exception.Message);
        }
    }
}
