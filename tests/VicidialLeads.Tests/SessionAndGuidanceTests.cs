using System;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>
    /// What a user is told and shown: the session in use, advice that fits the fault (an https guess against a
    /// plain-http server), numeric user names, and option mistakes caught before anything is sent.
    /// </summary>
    public class SessionAndGuidanceTests : CmdletTestBase
    {
        public SessionAndGuidanceTests(TestServerFixture fixture) : base(fixture) { }

        private string HostAndPort => $"127.0.0.1:{Fixture.Server.ApiUri.Port}";

        private ScriptRun Run(string script, PowerShellSession? shell = null)
        {
            var variables = TestServerFixture.ServerAndCredential(Fixture.Server.ApiUri.ToString());
            variables["hostAndPort"] = HostAndPort;
            return (shell ?? Fixture.PowerShell).Run(script, variables);
        }

        [Theory]
        [InlineData("")]
        [InlineData("-SkipCertificateCheck")]
        public void An_https_guess_against_a_plain_http_server_names_the_http_url_and_not_the_certificate(string options)
        {
            var run = Run($"Connect-VicidialApi -Server $hostAndPort -Credential $credential -TimeoutSec 5 -WarningAction SilentlyContinue {options}");

            ErrorRecord error = Assert.IsType<ErrorRecord>(run.Terminating);
            string message = error.ErrorDetails?.Message ?? error.Exception.Message;
            string httpUrl = $"http://{HostAndPort}/vicidial/non_agent_api.php";
            Assert.Contains("https was assumed", message);
            Assert.Contains($"{httpUrl} answers as VICIdial 2.14-202 over plain http", message);
            Assert.DoesNotContain("not trusted", message);
            Assert.DoesNotContain("connect with -SkipCertificateCheck", message);
            Assert.Contains(httpUrl, error.ErrorDetails!.RecommendedAction);
            Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
            // The probe of the http URL asked only function=version: no login was tried at all.
            Assert.Equal(0, Fixture.Server.State.RequestCount("lead_search"));
            Assert.DoesNotContain(TestServerFixture.CanaryPassword, run.AllText());
        }

        [Fact]
        public void An_https_guess_where_nothing_listens_says_https_was_assumed_and_names_the_http_url()
        {
            int port = LoopbackPort.Free();
            var run = Run($"Connect-VicidialApi -Server 127.0.0.1:{port} -Credential $credential -TimeoutSec 5");

            ErrorRecord error = Assert.IsType<ErrorRecord>(run.Terminating);
            string message = error.ErrorDetails?.Message ?? error.Exception.Message;
            Assert.Contains("https was assumed because -Server named no scheme", message);
            Assert.Contains($"port {port}", message);
            Assert.Contains($"http://127.0.0.1:{port}/vicidial/non_agent_api.php", message);
            Assert.DoesNotContain("answers as VICIdial", message);
            Assert.Contains($"http://127.0.0.1:{port}/", error.ErrorDetails!.RecommendedAction);
        }

        [Fact]
        public void An_explicit_https_url_that_is_refused_gives_no_http_advice()
        {
            int port = LoopbackPort.Free();
            var run = Run($"Connect-VicidialApi -Server https://127.0.0.1:{port} -Credential $credential -TimeoutSec 5");

            ErrorRecord error = Assert.IsType<ErrorRecord>(run.Terminating);
            Assert.DoesNotContain("assumed", error.Exception.Message);
            Assert.DoesNotContain("http://", error.Exception.Message);
            Assert.Contains("accepts connections", error.ErrorDetails!.RecommendedAction);
        }

        [Fact]
        public void Errors_with_a_fix_carry_it_as_the_recommended_action()
        {
            var wrongPassword = Fixture.PowerShell.Run("Connect-VicidialApi -Server $server -Credential $credential -WarningAction SilentlyContinue",
                TestServerFixture.ServerAndCredential(Fixture.Server.ApiUri.ToString(), password: "wrong-password"));
            Assert.Contains("Check the user name and password", wrongPassword.Terminating!.ErrorDetails!.RecommendedAction);

            using var fresh = new PowerShellSession();
            var noSession = fresh.Run("Search-VicidialLead 9998885112");
            Assert.Equal("NoSession", noSession.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("Connect-VicidialApi", noSession.Terminating.ErrorDetails!.RecommendedAction);

            var missing = Fixture.ConnectAndRun("Get-VicidialLead 999999, 5002 -ErrorVariable missing -ErrorAction SilentlyContinue; $missing");
            var notFound = missing.Output.OfType<ErrorRecord>().ToList();
            Assert.Equal(2, notFound.Count);
            Assert.Equal("There is no lead 999999.", notFound[0].Exception.Message);
            Assert.Contains("-Archived", notFound[0].ErrorDetails!.RecommendedAction);

            var phone = Fixture.ConnectAndRun("Get-VicidialLead -PhoneNumber 4075551212 -ErrorVariable missing -ErrorAction SilentlyContinue; $missing");
            Assert.Equal("No lead has phone number 4075551212.", phone.Output.OfType<ErrorRecord>().Single().Exception.Message);
        }

        [Theory]
        [InlineData("6666")]
        [InlineData("'6666'")]
        [InlineData("apiuser")]
        public void A_user_name_alone_prompts_for_its_password_numeric_names_too(string userArgument)
        {
            string user = userArgument.Trim('\'');
            Fixture.Server.State.AddUser(user, "Prompted-Password-1");
            var host = new RecordingHost("Prompted-Password-1");
            using var shell = new PowerShellSession(host);

            var run = Run($"Connect-VicidialApi -Server $server -Credential {userArgument} -WarningAction SilentlyContinue -PassThru", shell);

            Assert.Null(run.Terminating);
            Assert.Equal(new[] { user }, host.PromptedUsers);
            Assert.Equal(user, Assert.IsType<VicidialSession>(run.Output.Single()).User);
            Assert.Equal(0, Fixture.Server.State.FailedLoginAttempts(user));
        }

        [Fact]
        public void A_user_name_alone_without_a_way_to_prompt_is_a_clear_error_not_a_hang()
        {
            using var shell = new PowerShellSession();
            var run = Run("Connect-VicidialApi -Server $server -Credential 6666", shell);

            ErrorRecord error = Assert.IsType<ErrorRecord>(run.Terminating);
            Assert.Contains("cannot prompt", error.Exception.Message + error.Exception.InnerException?.Message);
            Assert.Equal(0, Fixture.Server.State.RequestCount("version"));
        }

        [Fact]
        public void Get_VicidialSession_shows_the_current_session_and_nothing_with_a_hint_after_disconnect()
        {
            using var shell = new PowerShellSession();
            var none = Run("Get-VicidialSession", shell);
            Assert.Empty(none.Output);
            Assert.Contains(none.Warnings, w => w.Contains("Run Connect-VicidialApi"));

            DateTime before = DateTime.Now;
            var connected = Run("Connect-VicidialApi -Server $server -Credential $credential -Source Ops42 -TimeoutSec 7 -MaximumRetryCount 3 -RetryIntervalSec 0.25 -WarningAction SilentlyContinue; Get-VicidialSession", shell);
            var session = Assert.IsType<VicidialSession>(connected.Output.Single());
            Assert.Equal(Fixture.Server.ApiUri.ToString(), session.Server);
            Assert.Equal(TestServerFixture.CanaryUser, session.User);
            Assert.Equal("Ops42", session.Source);
            Assert.Equal("2.14-202", session.ApiVersion);
            Assert.Equal(7, session.TimeoutSec);
            Assert.Equal(3, session.MaximumRetryCount);
            Assert.Equal(0.25, session.RetryIntervalSec);
            Assert.InRange(session.ConnectedSince, before.AddSeconds(-1), DateTime.Now.AddSeconds(1));

            string shown = (string)Run("Get-VicidialSession | Out-String -Width 200", shell).Output.Single()!;
            Assert.Matches(@"Server\s*: http://127\.0\.0\.1:\d+/vicidial/non_agent_api\.php", shown);
            Assert.Matches(@"TimeoutSec\s*: 7", shown);
            Assert.Contains("ConnectedSince", shown);
            Assert.DoesNotContain(TestServerFixture.CanaryPassword, shown);

            var after = Run("Disconnect-VicidialApi; Get-VicidialSession", shell);
            Assert.Empty(after.Output);
            Assert.Contains(after.Warnings, w => w.Contains("no VICIdial session"));
        }

        [Fact]
        public void A_list_id_with_the_system_scope_is_refused_before_anything_is_sent()
        {
            var run = Fixture.ConnectAndRun("Search-VicidialLead 9998885112 -ListId 101 -Scope System");
            long searches = Fixture.Server.State.RequestCount("lead_search");

            ErrorRecord error = Assert.IsType<ErrorRecord>(run.Terminating);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("-Scope System", error.Exception.Message);
            Assert.Contains("-Scope List", error.ErrorDetails!.RecommendedAction);
            Assert.Empty(run.Results);
            Assert.Equal(1, searches); // the login check of Connect-VicidialApi only
        }

        [Fact]
        public void A_file_of_another_countrys_numbers_is_one_error_not_one_per_row()
        {
            long before = Fixture.Server.State.RequestCount("lead_search");
            var run = Fixture.ConnectAndRun(
                "$rows = 1..10000 | ForEach-Object { [pscustomobject]@{ Customer = \"C$_\"; Mobile = '+44 20 7946 {0:D4}' -f ($_ % 10000) } }\n" +
                "$rows | Search-VicidialLead");
            long searches = Fixture.Server.State.RequestCount("lead_search") - before;

            ErrorRecord stop = Assert.IsType<ErrorRecord>(run.Terminating);
            Assert.Equal("RepeatedInputMistake", stop.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(ErrorCategory.InvalidArgument, stop.CategoryInfo.Category);
            Assert.Contains("10 values in a row are international numbers with the country code 44", stop.Exception.Message);
            Assert.Contains("-PhoneCode 44", stop.ErrorDetails!.RecommendedAction);
            Assert.Equal("C10", ((PSObject)stop.TargetObject).Properties["Customer"].Value);
            // The nine before the stop have their own errors, each naming its row; nothing was sent but the login check.
            var rejected = run.Errors;
            Assert.Equal(VicidialLeads.Input.RepeatedMistakeCounter.Limit - 1, rejected.Count);
            Assert.Equal("C1", ((PSObject)rejected[0].TargetObject).Properties["Customer"].Value);
            Assert.Equal(1, searches);
        }

        [Fact]
        public void Rounded_spreadsheet_numbers_stop_the_run_with_the_fix_and_valid_numbers_before_keep_their_results()
        {
            var run = Fixture.ConnectAndRun(
                "@('9998885112') + @(1..12 | ForEach-Object { '9.99888511E+09' }) | Search-VicidialLead -ErrorAction SilentlyContinue");

            Assert.Equal(new[] { "9998885112" }, run.Results.Select(r => r.PhoneNumber));
            ErrorRecord stop = Assert.IsType<ErrorRecord>(run.Terminating);
            Assert.Contains("scientific notation that lost digits", stop.Exception.Message);
            Assert.Contains("Format the column as text", stop.ErrorDetails!.RecommendedAction);
        }

        [Fact]
        public void Mistakes_that_do_not_repeat_in_a_row_each_get_their_own_error_and_the_run_goes_on()
        {
            // Another country's number between every two valid ones: a mixed file, not a wrong -PhoneCode.
            var run = Fixture.ConnectAndRun(
                "1..30 | ForEach-Object { if ($_ % 2) { '+44 20 7946 0958' } else { '9998886112' } } | Search-VicidialLead -ErrorAction SilentlyContinue -ErrorVariable rejected; $rejected.Count");

            Assert.Null(run.Terminating);
            Assert.Equal(15, run.Results.Count);
            Assert.Equal(15, run.Output.OfType<int>().Single());
        }

        [Fact]
        public void Get_VicidialLead_stops_the_same_way_on_a_list_of_another_countrys_numbers()
        {
            var run = Fixture.ConnectAndRun("Get-VicidialLead -PhoneNumber (1..20 | ForEach-Object { '+33 1 42 68 53 {0:D2}' -f $_ }) -ErrorAction SilentlyContinue");
            ErrorRecord stop = Assert.IsType<ErrorRecord>(run.Terminating);
            Assert.Contains("country code 33", stop.Exception.Message);
            Assert.Contains("-PhoneCode 33", stop.ErrorDetails!.RecommendedAction);
            Assert.Equal(0, Fixture.Server.State.RequestCount("lead_all_info"));
        }

        [Fact]
        public void Verbose_counts_read_naturally()
        {
            var run = Fixture.ConnectAndRun("Search-VicidialLead 9998885112 -Verbose");
            Assert.Single(run.Results);
            Assert.Contains(run.Verbose, v => v.Contains("1 number,"));
            Assert.Contains(run.Verbose, v => v.StartsWith("Searched 1 value:", StringComparison.Ordinal) && v.EndsWith("0 errors.", StringComparison.Ordinal));
            Assert.DoesNotContain(run.Verbose, v => v.Contains(" 1 numbers") || v.Contains(" 1 values") || v.Contains(" 1 lead ids"));
        }
    }
}
