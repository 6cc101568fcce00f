using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>add_lead beyond the captures: what it stores and how other functions read it, the checks, the slow webhook and lost answers.</summary>
public sealed partial class AddLeadTests() : FreshServerTestBase(new TestServerOptions { Clock = new ManualClock(Start) })
{
    // 23:46:41 UTC is 18:46:41 on the server, which runs at UTC-5.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 23, 46, 41, TimeSpan.Zero);

    [Fact]
    public async Task A_lead_added_is_found_by_lead_search_and_read_by_lead_all_info_as_stored()
    {
        // lead_all_info answers any lead holding an apostrophe with an empty 500 (84), so these names have none.
        var answer = await AddAsync("phone_number=5557000201&list_id=101&first_name=Jos%C3%A9&last_name=Smith%2BJones%3B&vendor_lead_code=V-1&title=Dr.");

        var leadId = AddedLeadId(answer);
        Assert.Equal($"5557000201|1|{leadId}\n", (await Client.SearchAsync(Server, "5557000201")).Body);
        string[] columns =
        [
            "NEW", "6666", "V-1", "", "101", "0.00", "1", "5557000201", "Dr.", "Jos", "", "Smith Jones", "", "", "", "", "", "", "", "",
            "U", "0000-00-00", "", "", "", "", "0", "2026-12-01 18:46:41", "0", "", "0", leadId.ToString(CultureInfo.InvariantCulture),
        ];
        Assert.Equal(new ApiAnswer(200, string.Join('|', columns) + "\n"), await Client.LeadAllInfoAsync(Server, $"lead_id={leadId}"));
    }

    [Fact]
    public async Task Lead_ids_follow_the_auto_increment_and_phone_code_list_and_entry_list_defaults_apply()
    {
        Server.State.SetNextLeadId(777001);

        Assert.Equal(new ApiAnswer(200, "SUCCESS: add_lead LEAD HAS BEEN ADDED - 5557000202|999|777001||6666\n"), await AddAsync("phone_number=5557000202&list_id=12"));
        Assert.Equal(new ApiAnswer(200, "SUCCESS: add_lead LEAD HAS BEEN ADDED - 5557000203|101|777002||6666\n"), await AddAsync("phone_number=5557000203&list_id=101&phone_code=44&entry_list_id=101"));

        var defaulted = Server.State.Leads.FindById(777001, archived: false)!;
        Assert.Equal((999, 0, "1", 0, "U"), (defaulted.ListId, defaulted.EntryListId, defaulted.Details!.PhoneCode, defaulted.Details.CalledCount, defaulted.Details.Gender));
        var given = Server.State.Leads.FindById(777002, archived: false)!;
        Assert.Equal((101, "44"), (given.EntryListId, given.Details!.PhoneCode));
    }

    [Fact]
    public async Task The_answer_waits_for_the_lists_new_lead_webhook_after_the_insert()
    {
        Server.State.SetNewLeadWebhookDelay(101, TimeSpan.FromSeconds(3));
        var leadsBefore = Server.State.LeadCount;

        var answering = AddAsync("phone_number=5557000210&list_id=101");
        await Poll.UntilAsync(() => Server.State.LeadCount == leadsBefore + 1, TimeSpan.FromSeconds(10));
        Assert.False(answering.IsCompleted, "The answer came before the webhook finished.");

        Assert.StartsWith("SUCCESS: add_lead LEAD HAS BEEN ADDED - 5557000210|101|", (await answering).Body);
        Assert.StartsWith("SUCCESS: ", (await AddAsync("phone_number=5557000211&list_id=102")).Body);
    }

    [Fact]
    public async Task A_client_that_gives_up_during_the_webhook_still_leaves_exactly_one_lead()
    {
        Server.State.SetNewLeadWebhookDelay(101, TimeSpan.FromMinutes(10));
        using var giveUp = new CancellationTokenSource();
        using var content = new StringContent(Form("phone_number=5557000212&list_id=101"), Encoding.ASCII, "application/x-www-form-urlencoded");

        var sending = Client.PostAsync(Server.ApiUri, content, giveUp.Token);
        await Poll.UntilAsync(() => Leads("5557000212").Count == 1, TimeSpan.FromSeconds(10));
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await Poll.UntilAsync(() => Server.State.InFlightRequests == 0, TimeSpan.FromSeconds(10));
        Assert.Single(Leads("5557000212"));
        Assert.Equal(0, Server.State.GetStatistics(1).RecentRequests.Single().StatusCode);
    }

    [Fact]
    public async Task A_stopping_server_ends_the_webhook_wait_and_keeps_the_lead()
    {
        VicidialTestServer? server = await VicidialTestServer.StartAsync();
        var state = server.State;
        try
        {
            state.SetNewLeadWebhookDelay(101, TimeSpan.FromMinutes(10));
            var leadsBefore = state.LeadCount;
            var sending = Client.PostFormAsync(server, Form("phone_number=5557000213&list_id=101"));
            await Poll.UntilAsync(() => state.LeadCount == leadsBefore + 1, TimeSpan.FromSeconds(10));

            await server.DisposeAsync();
            server = null;

            // Stopping answers at once rather than wait out ten minutes (the bound only keeps a failure from hanging).
            var answer = await sending.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.StartsWith("SUCCESS: add_lead LEAD HAS BEEN ADDED - 5557000213|101|", answer.Body);
            Assert.Single(state.Leads.FindByPhoneNumbers(["5557000213"], _ => true, 10));
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task AnswerLost_inserts_the_lead_then_drops_the_connection_and_a_retry_adds_a_second_lead()
    {
        Server.State.SetFault(FaultMode.AnswerLost, count: 1);

        await Assert.ThrowsAsync<HttpRequestException>(() => AddAsync("phone_number=5557000220&list_id=101"));
        var lost = Assert.Single(Leads("5557000220"));
        Assert.Equal("2026-12-01 18:46:41", lost.Details!.LastLocalCallTime);

        Assert.StartsWith("SUCCESS: ", (await AddAsync("phone_number=5557000220&list_id=101")).Body);
        Assert.Equal(2, Leads("5557000220").Count);
        await Poll.UntilAsync(() => Server.State.InFlightRequests == 0, TimeSpan.FromSeconds(10));
        Assert.Single(Server.State.GetStatistics().RecentRequests, request => request.Fault == FaultMode.AnswerLost && request.StatusCode == 0);
    }

    [Fact]
    public async Task Duplicate_checks_name_the_newest_duplicate_and_write_nothing()
    {
        var first = AddedLeadId(await AddAsync("phone_number=5557000230&list_id=101&first_name=Ada&last_name=Lovelace&title=K2&alt_phone=5557000231"));
        var newest = AddedLeadId(await AddAsync("phone_number=5557000230&list_id=101&first_name=Ada&last_name=Lovelace"));
        Assert.True(newest > first);

        Assert.Equal($"ERROR: add_lead DUPLICATE PHONE NUMBER IN LIST - 5557000230|101|{newest}\n", (await AddAsync("phone_number=5557000230&list_id=101&duplicate_check=DUPLIST")).Body);
        Assert.Equal($"ERROR: add_lead DUPLICATE PHONE NUMBER IN CAMPAIGN LISTS - 5557000230|102|{newest}|101\n", (await AddAsync("phone_number=5557000230&list_id=102&duplicate_check=dupcamp30day")).Body);
        Assert.Equal($"ERROR: add_lead DUPLICATE PHONE NUMBER IN SYSTEM - 5557000231|201|{first}|101|ALT\n", (await AddAsync("phone_number=5557000231&list_id=201&duplicate_check=DUPPHONEALTSYS")).Body);
        Assert.Equal($"ERROR: add_lead DUPLICATE TITLE ALT_PHONE IN CAMPAIGN LISTS - k2|5557000231|998|{first}|101\n", (await AddAsync("phone_number=5557000232&list_id=998&title=k2&alt_phone=5557000231&duplicate_check=DUPTITLEALTPHONECAMP")).Body);
        Assert.Equal($"ERROR: add_lead DUPLICATE NAME PHONE IN LIST - ada|LOVELACE|5557000230|101|{newest}\n", (await AddAsync("phone_number=5557000230&list_id=101&first_name=ada&last_name=LOVELACE&duplicate_check=DUPNAMEPHONELIST")).Body);

        // A list no campaign holds gives the campaign checks an empty IN(): the SQL fails (51e).
        Assert.Equal(new ApiAnswer(500, string.Empty), await AddAsync("phone_number=5557000230&list_id=9008&duplicate_check=DUPNAMEPHONECAMP"));

        // Another list, another campaign or other names: no duplicate, so the lead is added.
        Assert.StartsWith("SUCCESS: ", (await AddAsync("phone_number=5557000230&list_id=201&duplicate_check=DUPCAMP-DUPLIST-DUPNAMEPHONESYS&first_name=Bo")).Body);
        Assert.Equal(3, Leads("5557000230").Count);
    }

    [Fact]
    public async Task Dnc_checks_take_upper_case_flags_and_area_code_entries()
    {
        Server.State.AddDncNumber("444XXXXXXX");
        Server.State.AddDncNumber("5557000240", "OTHERCAM");

        Assert.Equal("ERROR: add_lead PHONE NUMBER IN DNC - 5557000130|6666\n", (await AddAsync("phone_number=5557000130&list_id=101&dnc_check=Y")).Body);
        Assert.Equal("ERROR: add_lead PHONE NUMBER IN DNC - 4445550000|6666\n", (await AddAsync("phone_number=4445550000&list_id=101&dnc_check=AREACODE")).Body);
        Assert.Equal("ERROR: add_lead PHONE NUMBER IN CAMPAIGN DNC - 5557000240|othercam|6666\n", (await AddAsync("phone_number=5557000240&list_id=101&campaign_dnc_check=Y&campaign_id=othercam")).Body);
        Assert.Empty(Leads("5557000130").Concat(Leads("4445550000")).Concat(Leads("5557000240")));

        Assert.StartsWith("SUCCESS: ", (await AddAsync("phone_number=4445550000&list_id=101&dnc_check=Y")).Body);
        Assert.StartsWith("SUCCESS: ", (await AddAsync("phone_number=5557000131&list_id=101&campaign_dnc_check=y&campaign_id=TESTCAMP")).Body);
        Assert.StartsWith("SUCCESS: ", (await AddAsync("phone_number=5557000240&list_id=101&campaign_dnc_check=Y&campaign_id=TESTCAMP")).Body);
    }

    [Fact]
    public async Task Unmodelled_options_are_refused_before_anything_is_written()
    {
        var leadsBefore = Server.State.LeadCount;

        foreach (var (option, request) in new[] { ("add_to_hopper", "add_to_hopper=Y"), ("callback", "callback=Y&campaign_id=TESTCAMP"), ("multi_alt_phones", "multi_alt_phones=5557000251_1_work") })
        {
            Assert.Equal(
                new ApiAnswer(501, $"ERROR: add_lead OPTION NOT MODELLED BY THE TEST SERVER - {option}|6666\n"),
                await AddAsync("phone_number=5557000250&list_id=101&" + request));
        }

        Assert.Equal(leadsBefore, Server.State.LeadCount);
    }

    [Fact]
    public async Task List_restricted_users_add_only_to_their_campaigns_lists()
    {
        Assert.StartsWith("SUCCESS: add_lead LEAD HAS BEEN ADDED - 5557000260|201|", (await AddAsync("phone_number=5557000260&list_id=201", "apirestrict", "restrict1234")).Body);
        Assert.Equal("ERROR: add_lead NOT AN ALLOWED LIST ID - 5557000261|101\n", (await AddAsync("phone_number=5557000261&list_id=101", "apirestrict", "restrict1234")).Body);
        Assert.Equal("ERROR: add_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED - 5557000262|4242\n", (await AddAsync("phone_number=5557000262&list_id=4242&list_exists_check=yes")).Body);

        Server.State.SetCampaign("NEWCAMP", 4242);
        Assert.StartsWith("SUCCESS: ", (await AddAsync("phone_number=5557000262&list_id=4242&list_exists_check=Y")).Body);
    }

    [Fact]
    public async Task An_apostrophe_in_the_last_value_answers_500_after_the_insert_and_skips_the_custom_fields()
    {
        var answer = await AddAsync("phone_number=5557000270&list_id=101&custom_fields=Y&account_no=AC-9&last_name=O%27Hara");

        Assert.Equal(500, answer.Status);
        var lead = Assert.Single(Leads("5557000270"));
        Assert.Equal($"SUCCESS: add_lead LEAD HAS BEEN ADDED - 5557000270|101|{lead.LeadId}||6666\n", answer.Body);
        Assert.Equal(0, lead.EntryListId);
        Assert.Null(Server.State.CustomFields.Lookup(101, lead.LeadId).Values);
    }

    private Task<ApiAnswer> AddAsync(string fields, string user = "6666", string password = "1234") =>
        Client.PostFormAsync(Server, Form(fields, user, password));

    private static string Form(string fields, string user = "6666", string password = "1234") =>
        $"source=test&user={user}&pass={password}&function=add_lead&{fields}";

    private IReadOnlyList<Lead> Leads(string phone) => Server.State.Leads.FindByPhoneNumbers([phone], lead => !lead.IsArchived, 100);

    private static long AddedLeadId(ApiAnswer answer)
    {
        var added = AddedLine().Match(answer.Body);
        Assert.True(added.Success, $"Not a SUCCESS answer: {answer.Body}");
        return long.Parse(added.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^SUCCESS: add_lead LEAD HAS BEEN ADDED - [0-9,]+\|\d+\|(\d+)\|\|[^|\n]+\n\z")]
    private static partial Regex AddedLine();
}
