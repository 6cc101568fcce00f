using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>Search-VicidialLead hosted in PowerShell against the test server over real sockets.</summary>
    public class SearchVicidialLeadCommandTests : CmdletTestBase
    {
        public SearchVicidialLeadCommandTests(TestServerFixture fixture) : base(fixture) { }

        private static Dictionary<string, object?> Numbers(params object[] numbers) => new() { ["numbers"] = numbers };

        [Fact]
        public void Emits_one_typed_result_per_number_in_input_order()
        {
            var run = Fixture.ConnectAndRun("$numbers | Search-VicidialLead",
                Numbers("999-888-5112", "(999) 888-7112", "9998886112", "4075551212"));
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            var results = run.Results;
            Assert.Equal(new[] { "9998885112", "9998887112", "9998886112", "4075551212" }, results.Select(r => r.PhoneNumber));
            Assert.Equal(new[] { "999-888-5112", "(999) 888-7112", "9998886112", "4075551212" }, results.Select(r => r.InputValue));
            Assert.Equal(new long[] { 1011, 1007, 1004, 1001 }, results[0].LeadIds);
            Assert.Equal(new[] { 4, 8, 1, 0 }, results.Select(r => r.RecordsFound));
            Assert.All(results, r => Assert.False(r.Truncated));
        }

        [Theory]
        [InlineData("phone_number")]
        [InlineData("Phone")]
        [InlineData("PhoneNumber")]
        [InlineData("Number")]
        public void Binds_csv_rows_by_their_phone_column(string column)
        {
            var run = Fixture.ConnectAndRun(
                $"'{column},name', '9998886112,Thomas', '4075551212,Nobody' | ConvertFrom-Csv | Search-VicidialLead");
            Assert.Null(run.Terminating);
            Assert.Equal(new[] { 1, 0 }, run.Results.Select(r => r.RecordsFound));
            Assert.Equal(1013, run.Results[0].LeadIds.Single());
        }

        [Fact]
        public void Bad_input_gets_a_specific_error_in_place_and_the_pipeline_goes_on()
        {
            var run = Fixture.ConnectAndRun(
                "$numbers | Search-VicidialLead -ErrorVariable searchErrors -ErrorAction SilentlyContinue | ForEach-Object { $_.PhoneNumber }; $searchErrors",
                Numbers("9998886112", "12345", "CALL-ME", "", "9998885112"));
            Assert.Null(run.Terminating);
            var output = run.Output;
            // Results and errors interleave in input order.
            Assert.Equal("9998886112", output[0]);
            var first = Assert.IsType<ErrorRecord>(output.OfType<ErrorRecord>().First());
            Assert.Equal(ErrorCategory.InvalidArgument, first.CategoryInfo.Category);
            Assert.Equal("12345", first.TargetObject);
            Assert.Contains("6 to 18 digits", first.Exception.Message);
            var errors = output.OfType<ErrorRecord>().ToList();
            Assert.Equal(new object[] { "12345", "CALL-ME", "" }, errors.Select(e => e.TargetObject));
            Assert.Contains("9998885112", output.OfType<string>());
            Assert.Equal(1, Fixture.Server.State.RequestCount("lead_search") - 1); // one search after the connect check
        }

        [Fact]
        public void A_busy_number_never_starves_the_others_in_its_batch()
        {
            var run = Fixture.ConnectAndRun("$numbers | Search-VicidialLead",
                Numbers("9998886112", "3125550000", "9998885112", "4075551212"));
            Assert.Null(run.Terminating);
            var results = run.Results;
            Assert.Equal(new long[] { 1013 }, results[0].LeadIds);
            Assert.Equal(1000, results[1].RecordsFound);
            Assert.True(results[1].Truncated);
            Assert.Equal(3500, results[1].LeadIds[0]);
            Assert.Equal(2501, results[1].LeadIds[999]);
            Assert.Equal(new long[] { 1011, 1007, 1004, 1001 }, results[2].LeadIds);
            Assert.Empty(results[3].LeadIds);
        }

        [Fact]
        public void An_answer_that_reaches_the_records_limit_is_asked_again_in_halves()
        {
            // Records 300 over four numbers asks for 1,204 ids (one more each, to know Truncated); the busy number alone has 1,500.
            var run = Fixture.ConnectAndRun("$numbers | Search-VicidialLead -Records 300 -Verbose",
                Numbers("9998886112", "3125550000", "9998885112", "4075551212"));
            Assert.Null(run.Terminating);
            var results = run.Results;
            Assert.Equal(new long[] { 1013 }, results[0].LeadIds);
            Assert.Equal(300, results[1].RecordsFound);
            Assert.True(results[1].Truncated);
            Assert.Equal(Enumerable.Range(3201, 300).Reverse().Select(i => (long)i), results[1].LeadIds);
            Assert.Equal(new long[] { 1011, 1007, 1004, 1001 }, results[2].LeadIds);
            Assert.Empty(results[3].LeadIds);
            Assert.Contains(run.Verbose, v => v.Contains("reached the records limit of 1204"));
            var searches = RecentRequests("lead_search").Skip(1).ToList();
            Assert.Equal(new[] { 4, 2, 1, 1, 2 }, searches.Select(r => r.PhoneEntryCount));
        }

        [Fact]
        public void Truncated_says_exactly_whether_a_number_has_more_leads_than_the_cap()
        {
            // 9998886112 has exactly one lead: a cap of one is not a cut, alone or beside another number.
            Assert.False(Fixture.ConnectAndRun("Search-VicidialLead 9998886112 -Records 1").Results.Single().Truncated);
            var pair = Fixture.ConnectAndRun("Search-VicidialLead 9998886112, 9998885112 -Records 1").Results;
            Assert.False(pair[0].Truncated);
            Assert.Equal(new long[] { 1013 }, pair[0].LeadIds);
            Assert.True(pair[1].Truncated);
            Assert.Equal(new long[] { 1011 }, pair[1].LeadIds);
            // Four leads under a cap of four: complete; under three: cut.
            Assert.False(Fixture.ConnectAndRun("Search-VicidialLead 9998885112 -Records 4").Results.Single().Truncated);
            Assert.True(Fixture.ConnectAndRun("Search-VicidialLead 9998885112 -Records 3").Results.Single().Truncated);
        }

        [Fact]
        public void The_records_cap_applies_per_number()
        {
            var run = Fixture.ConnectAndRun("$numbers | Search-VicidialLead -Records 2",
                Numbers("9998887112", "9998885112", "9998886112"));
            var results = run.Results;
            Assert.Equal(new long[] { 1012, 1010 }, results[0].LeadIds);
            Assert.True(results[0].Truncated);
            Assert.Equal(new long[] { 1011, 1007 }, results[1].LeadIds);
            Assert.True(results[1].Truncated);
            Assert.Equal(new long[] { 1013 }, results[2].LeadIds);
            Assert.False(results[2].Truncated);

            var all = Fixture.ConnectAndRun("Search-VicidialLead 3125550000 -Records 2000").Results.Single();
            Assert.Equal(1500, all.RecordsFound);
            Assert.False(all.Truncated);
        }

        [Fact]
        public void An_all_miss_batch_gives_zero_leads_for_every_number()
        {
            var run = Fixture.ConnectAndRun("Search-VicidialLead -PhoneNumber 4075551212, 4075551213, 6065550000");
            Assert.Empty(run.Errors);
            Assert.Equal(3, run.Results.Count);
            Assert.All(run.Results, r => Assert.Equal(0, r.RecordsFound));
        }

        [Fact]
        public void Repeated_numbers_each_get_a_result_from_one_request()
        {
            var run = Fixture.ConnectAndRun("$numbers | Search-VicidialLead", Numbers("9998885112", "999-888-5112", "9998886112", "9998885112"));
            Assert.Equal(new[] { 4, 4, 1, 4 }, run.Results.Select(r => r.RecordsFound));
            var searches = RecentRequests("lead_search");
            Assert.Equal(2, searches.Count); // the connect check and one search
            Assert.Equal(2, searches[1].PhoneEntryCount);
        }

        [Fact]
        public void Numbers_equal_as_integers_are_never_searched_together()
        {
            var run = Fixture.ConnectAndRun("$numbers | Search-VicidialLead", Numbers("9998885112", "09998885112", "9998886112"));
            Assert.Equal(new[] { 4, 0, 1 }, run.Results.Select(r => r.RecordsFound));
            Assert.Equal("09998885112", run.Results[1].PhoneNumber);
        }

        [Fact]
        public void Archived_searches_only_the_archive()
        {
            var run = Fixture.ConnectAndRun("$numbers | Search-VicidialLead -Archived", Numbers("7185550123", "9998885112"));
            Assert.Equal(new long[] { 5002, 5001 }, run.Results[0].LeadIds);
            Assert.Empty(run.Results[1].LeadIds);
            Assert.All(run.Results, r => Assert.True(r.Archived));
        }

        [Fact]
        public void With_get_no_request_passes_apaches_limit()
        {
            string[] numbers = Enumerable.Range(0, 2000).Select(i => (2025550000L + i).ToString()).ToArray();
            var run = Fixture.ConnectAndRun("$numbers | Search-VicidialLead -BatchSize 1000", Numbers(numbers), connectOptions: "-TimeoutSec 5 -UseGet");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Equal(2000, run.Results.Count);
            Assert.Equal(200, run.Results.Count(r => r.RecordsFound == 1));
            Assert.Equal(4001, run.Results[100].LeadIds.Single());
            var requests = RecentRequests("lead_search");
            Assert.All(requests, r => Assert.Equal("GET", r.Method));
            Assert.All(requests, r => Assert.InRange(r.RequestTargetLength, 1, 8178));
            Assert.All(requests, r => Assert.Equal(200, r.StatusCode));
            Assert.True(requests.Count > 3, "batches of 1000 must have been cut to fit");
        }

        [Fact]
        public void Results_keep_input_order_with_many_requests_in_flight()
        {
            string[] numbers = Enumerable.Range(0, 3000).Select(i => (2025550000L + (i * 7919 % 3000)).ToString()).ToArray();
            var run = Fixture.ConnectAndRun("$numbers | Search-VicidialLead -BatchSize 25 -ThrottleLimit 8", Numbers(numbers));
            Assert.Null(run.Terminating);
            Assert.Equal(numbers, run.Results.Select(r => r.PhoneNumber));
            foreach (var result in run.Results)
            {
                Assert.Equal(NumberedLeads.LeadIdsOf(result.PhoneNumber), result.LeadIds);
            }
        }

        [Fact]
        public void Verbose_says_what_each_request_did_without_credentials()
        {
            var run = Fixture.ConnectAndRun("Search-VicidialLead 9998885112, 9998886112 -Verbose");
            Assert.Contains(run.Verbose, v => v.Contains("lead_search POST: 2 numbers, 5 lead ids"));
            Assert.DoesNotContain(TestServerFixture.CanaryPassword, run.AllText());
        }

        [Fact]
        public void Without_a_session_the_error_says_to_connect()
        {
            using var fresh = new PowerShellSession();
            var run = fresh.Run("Search-VicidialLead 9998885112");
            Assert.NotNull(run.Terminating);
            Assert.Contains("Connect-VicidialApi", run.Terminating!.Exception.Message);
        }
    }
}
