using System.Text;
using System.Text.Json;
using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>lead_all_info beyond the captures: added leads with details and custom fields, stages, ids and errors.</summary>
public sealed class LeadAllInfoTests : FreshServerTestBase
{
    private const string Header =
        "status|user|vendor_lead_code|source_id|list_id|gmt_offset_now|phone_code|phone_number|title|first_name|middle_initial|last_name|"
        + "address1|address2|address3|city|state|province|postal_code|country_code|gender|date_of_birth|alt_phone|email|security_phrase|"
        + "comments|called_count|last_local_call_time|rank|owner|entry_list_id|lead_id";

    private static readonly LeadDetails AdaDetails = new()
    {
        User = "agent7",
        SourceId = "WEBFORM",
        GmtOffsetNow = -8m,
        PhoneCode = "44",
        Title = "Dr",
        MiddleInitial = "K",
        Address1 = "1 Analytical Way",
        City = "Portland",
        State = "OR",
        PostalCode = "97201",
        CountryCode = "USA",
        Gender = "F",
        DateOfBirth = "1815-12-10",
        Email = "ada@example.com",
        Comments = "likes|pipes, commas\tand tabs",
        CalledCount = 12,
        LastLocalCallTime = "2025-01-02 03:04:05",
        Rank = -3,
        Owner = "team-b",
    };

    [Fact]
    public async Task PrintsAnAddedLeadsDetailsAndCustomFieldsInEveryStage()
    {
        Server.State.AddLead(
            new Lead(90_001, "5045550101", 102, 101, "ADA-1", "Ada", "Lovelace", "SALE", Details: AdaDetails),
            new Dictionary<string, string> { ["account_no"] = "AC-9", ["cf_notes"] = "a|b" });
        string[] values =
        [
            "SALE", "agent7", "ADA-1", "WEBFORM", "102", "-8.00", "44", "5045550101", "Dr", "Ada", "K", "Lovelace", "1 Analytical Way", "", "",
            "Portland", "OR", "", "97201", "USA", "F", "1815-12-10", "", "ada@example.com", "", "likes|pipes, commas\tand tabs", "12",
            "2025-01-02 03:04:05", "-3", "team-b", "101", "90001",
        ];
        string Line(string[] fields, char delimiter) => string.Join(delimiter, fields) + "\n";

        Assert.Equal(Line(values, '|'), (await Client.LeadAllInfoAsync(Server, "lead_id=90001")).Body);
        Assert.Equal(
            Line([.. Header.Split('|'), "account_no", "contract_type", "cf_notes"], '|') + Line([.. values, "AC-9", "", "a|b"], '|'),
            (await Client.LeadAllInfoAsync(Server, "lead_id=90001&header=YES&custom_fields=Y")).Body);
        foreach (var (stage, delimiter) in new[] { ("csv", ','), ("tab", '\t'), ("newline", '\n'), ("pipe", '|'), ("Tab", '|') })
        {
            Assert.Equal(
                Line(Header.Split('|'), delimiter) + Line(values, delimiter),
                (await Client.LeadAllInfoAsync(Server, "lead_id=90001&header=YES&stage=" + stage)).Body);
        }
    }

    [Fact]
    public async Task LeadsWithoutDetailsPrintDefaults()
    {
        Assert.Equal(
            "NI||ACME-0042||102|0.00|1|9998887112||Linda||Okafor|||||||||U||||||0||0||0|1003\n",
            (await Client.LeadAllInfoAsync(Server, "lead_id=1003")).Body);
    }

    [Theory]
    [InlineData("lead_id=0001013", "1013")]
    [InlineData("lead_id=1013&phone_number=9998885112", "1013")]
    [InlineData("lead_id=10x13", "1013")]
    [InlineData("phone_number=(999)888-6112", "1013")]
    [InlineData("phone_number=9998885112&stage=CSV", "1011,1007,1004,1001")]
    public async Task FindsLeadsTheWayTheRealServerReadsItsParameters(string query, string leadIds)
    {
        var answer = await Client.LeadAllInfoAsync(Server, query);

        var lines = answer.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(leadIds.Split(','), lines.Select(line => line[(line.LastIndexOf('|') + 1)..]));
    }

    [Theory]
    [InlineData("lead_id=5&phone_number=123", "6666|5|123")]
    [InlineData("phone_number=99988", "6666||99988")]
    [InlineData("phone_number=99998888777766665555", "6666||99998888777766665555")]
    [InlineData("phone_number=9998885112,9998886112", "6666||9998885112,9998886112")]
    [InlineData("phone_number=999888,5112", "6666||999888,5112")]
    [InlineData("lead_id=99999999999999999999999", "6666|99999999999999999999999|")]
    [InlineData("phone_number=7185550123&archived_lead=y", "6666||7185550123")]
    [InlineData("lead_id=1013&archived_lead=Y", "6666|1013|")]
    public async Task AnswersLeadNotFound(string query, string data)
    {
        Assert.Equal($"ERROR: lead_all_info LEAD NOT FOUND: {data}\n", (await Client.LeadAllInfoAsync(Server, query)).Body);
    }

    [Fact]
    public async Task CustomFieldsFollowTheEntryListOrTheForcedOne()
    {
        Server.State.DefineCustomFields(777, "region");
        Server.State.SetCustomFieldValues(777, 1013, new Dictionary<string, string> { ["region"] = "south", ["tier"] = "gold" });

        Assert.Equal(["region", "tier"], Server.State.CustomFieldsOf(777));
        Assert.EndsWith("|0|1013|south|gold\n", (await Client.LeadAllInfoAsync(Server, "lead_id=1013&custom_fields=Y&force_entry_list_id=777")).Body);
        Assert.EndsWith("|0|1013\n", (await Client.LeadAllInfoAsync(Server, "lead_id=1013&custom_fields=Y&force_entry_list_id=101")).Body);
        Assert.Equal(new ApiAnswer(500, string.Empty), await Client.LeadAllInfoAsync(Server, "lead_id=1013&custom_fields=Y"));
        Assert.Equal(new ApiAnswer(500, string.Empty), await Client.LeadAllInfoAsync(Server, "lead_id=1001&custom_fields=Y&force_entry_list_id=9999999999999"));
        Assert.EndsWith("|101|1002|AC-100002|ANNUAL|renewal due in March\n", (await Client.LeadAllInfoAsync(Server, "lead_id=1002&custom_fields=Y")).Body);
        Assert.EndsWith("|101|1011|AC-100011|QUARTERLY|email only\n", (await Client.LeadAllInfoAsync(Server, "lead_id=1011&custom_fields=y&custom_fields=Y")).Body);
    }

    [Fact]
    public async Task OneLeadWithoutCustomFieldsFailsTheWholeAnswer()
    {
        // 9998885112 holds 1011 and 1001 (list 101, with custom fields) and 1007 and 1004 (entry_list_id 0).
        Assert.Equal(new ApiAnswer(500, string.Empty), await Client.LeadAllInfoAsync(Server, "phone_number=9998885112&custom_fields=Y"));

        var forced = await Client.LeadAllInfoAsync(Server, "phone_number=9998885112&custom_fields=Y&force_entry_list_id=101&header=YES");
        var lines = forced.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length);
        Assert.Equal($"{Header}|account_no|contract_type|cf_notes", lines[0]);
        Assert.EndsWith("|1011|AC-100011|QUARTERLY|email only", lines[1]);
        Assert.Equal(Header, lines[2]);
        Assert.EndsWith("|0|1007", lines[3]);
    }

    [Theory]
    [InlineData(7, true, true)]
    [InlineData(6, true, false)]
    [InlineData(9, false, false)]
    public async Task NeedsModifyLeadsAndUserLevelSeven(int level, bool modifyLeads, bool allowed)
    {
        Server.State.AddUser("viewer", "viewer99", new ApiUserPermissions(level, modifyLeads));

        var answer = await Client.GetAsync(Server, "source=test&user=viewer&pass=viewer99&function=lead_all_info&lead_id=1013");

        Assert.Equal(allowed ? "NEW||ACME-0042|LABSEED" : "ERROR: lead_all_info USER DOES NOT HAVE PERMISSION TO GET LEAD INFO: |viewer|0|\n", allowed ? answer.Body[..22] : answer.Body);
    }

    [Fact]
    public async Task ArchivedLeadsAreFoundOnlyInTheArchive()
    {
        var archived = new Lead(90_101, "5045550102", 101, Status: "DNC", IsArchived: true, Details: new LeadDetails { Comments = "gone" });
        Server.State.AddLead(archived);
        Server.State.AddLead(archived with { IsArchived = false, Status = "NEW", Details = null });

        Assert.StartsWith("DNC|", (await Client.LeadAllInfoAsync(Server, "lead_id=90101&archived_lead=Y")).Body);
        Assert.StartsWith("NEW|", (await Client.LeadAllInfoAsync(Server, "lead_id=90101")).Body);
        Assert.StartsWith("DNC|", (await Client.LeadAllInfoAsync(Server, "phone_number=5045550102&archived_lead=Y")).Body);
    }

    [Fact]
    public async Task LeadsWithDetailsAndCustomFieldsAreAddedAsTsvOverHttp()
    {
        var tsv = LeadTsv.FullHeaderLine + "\n"
            + LeadTsv.FormatRow(new Lead(90_201, "5045550103", 101, 101, "TSV-1", "Grace", "Hopper", Details: AdaDetails), [KeyValuePair.Create("cf_notes", "tab\there & more")]) + "\n"
            + "90202\t5045550103\t201\t0\tTSV-2\tAlan\tTuring\tNEW\tvicidial_list\t\tLAB\t1.5\n";
        using var content = new StringContent(tsv, Encoding.UTF8, "text/tab-separated-values");
        using var response = await Client.PostAsync(new Uri(Server.BaseUri, "_control/leads"), content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(2, json.RootElement.GetProperty("added").GetInt32());
        var lines = (await Client.LeadAllInfoAsync(Server, "phone_number=5045550103&stage=tab&force_entry_list_id=101&custom_fields=Y")).Body.Split('\n');
        Assert.Equal("NEW\t\tTSV-2\tLAB\t201\t1.50\t1\t5045550103\t\tAlan\t\tTuring\t\t\t\t\t\t\t\t\tU\t\t\t\t\t\t0\t\t0\t\t0\t90202", lines[0]);
        Assert.EndsWith("\tlikes|pipes, commas\tand tabs\t12\t2025-01-02 03:04:05\t-3\tteam-b\t101\t90201\t\t\ttab\there & more", lines[1]);
    }

    [Fact]
    public async Task BadLeadRowsAreRefusedOverHttp()
    {
        using var badName = new StringContent(LeadTsv.FormatRow(new Lead(90_301, "5045550104", 101, 101), [KeyValuePair.Create("bad name", "x")]));
        using var noTable = new StringContent(LeadTsv.FormatRow(new Lead(90_302, "5045550104", 101, 0), [KeyValuePair.Create("cf_notes", "x")]));

        using var first = await Client.PostAsync(new Uri(Server.BaseUri, "_control/leads"), badName);
        using var second = await Client.PostAsync(new Uri(Server.BaseUri, "_control/leads"), noTable);

        Assert.Equal([400, 400], [(int)first.StatusCode, (int)second.StatusCode]);
        Assert.Equal("ERROR: lead_all_info LEAD NOT FOUND: 6666|90302|\n", (await Client.LeadAllInfoAsync(Server, "lead_id=90302")).Body);
    }
}
