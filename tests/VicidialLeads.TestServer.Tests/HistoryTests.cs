using VicidialLeads.TestServer.History;
using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>phone_number_log, recording_lookup and lead_callback_info beyond the captures: added rows, orders and permissions.</summary>
public sealed class HistoryTests : FreshServerTestBase
{
    private Task<ApiAnswer> Call(string function, string query, string user = "6666", string pass = "1234") =>
        Client.GetAsync(Server, $"source=test&user={user}&pass={pass}&function={function}&{query}");

    [Fact]
    public async Task ListsEachNumbersOutboundThenInboundCallsInTheOrderAsked()
    {
        Server.State.AddCalls(
        [
            new CallLogEntry("1797000000.1", 880001, 101, "7275550100", new DateTime(2026, 11, 20, 9, 0, 0), 11, "NA", "VDAD", "CALLER"),
            new CallLogEntry("1797000000.2", 880001, 101, "7275550100", new DateTime(2026, 11, 22, 9, 0, 0), 22, "SALE", "6666", "AGENT", Inbound: true),
        ]);

        var answer = await Call("phone_number_log", "phone_number=7275550100,4075551212,5557000101&type=ALL");

        Assert.Equal(200, answer.Status);
        Assert.Equal(
            "7275550100|2026-11-20 09:00:00|101|11|NEW|CALLER|NA||VDAD\n" +
            "7275550100|2026-11-22 09:00:00|101|22|NEW|AGENT|SALE||6666\n" +
            "5557000101|2026-11-30 12:00:00|9002|120|NEW|AGENT|SALE||6666\n" +
            "5557000101|2026-11-30 10:00:00|9002|45|NEW|CALLER|NA||VDAD\n" +
            "5557000101|2026-11-30 13:00:00|9002|60|NEW|CALLER|CALLBK||6666\n",
            answer.Body);
    }

    [Fact]
    public async Task LastKeepsTheNewestCallOfEachTableAndTypeDefaultsToOutbound()
    {
        Assert.Equal("5557000101|2026-11-30 12:00:00|9002|120|NEW|AGENT|SALE||6666\n", (await Call("phone_number_log", "phone_number=5557000101&detail=LAST")).Body);
        Assert.Equal("5557000101|2026-11-30 12:00:00|9002|120|NEW|AGENT|SALE||6666\n", (await Call("phone_number_log", "phone_number=5557000101&detail=LAST&type=odd")).Body);
    }

    [Fact]
    public async Task RecordingsOfAnAddedLeadAndTheUniqueIdMatchedByItsSecond()
    {
        Server.State.AddRecording(new RecordingEntry(50, new DateTime(2026, 11, 30, 10, 0, 30), 1796050830, 1796050890, 60, "http://rec/x.mp3", 880002, "7001", "1796100000.3999"));

        Assert.Equal("2026-11-30 10:00:30|7001|50|880002|60|http://rec/x.mp3\n", (await Call("recording_lookup", "lead_id=880002&duration=Y")).Body);
        // The uniqueid of another call of that second finds this recording too.
        var bySecond = await Call("recording_lookup", "uniqueid=1796100000.3001");
        Assert.Equal(3, bySecond.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task AnAnswerWithAnApostropheEndsInHttp500AfterTheWholeAnswer()
    {
        Server.State.AddCallback(new CallbackEntry(70, 880003, 101, "TESTCAMP", "ACTIVE", "2026-11-30 09:00:00", "2026-12-01 09:00:00", "6666", "USERONLY", "it's late"));
        Server.State.AddCallback(new CallbackEntry(71, 880004, 101, "TESTCAMP", "ACTIVE", "2026-11-30 09:00:00", "2026-12-01 09:00:00", "6666", "USERONLY", "fine"));

        var apostrophe = await Call("lead_callback_info", "lead_id=880003");
        Assert.Equal(500, apostrophe.Status);
        Assert.Equal("880003|CURRENT|USERONLY|ACTIVE|CALLBK|2026-12-01 09:00:00|2026-11-30 09:00:00|6666|101|TESTCAMP|ADMIN|||it's late\n", apostrophe.Body);
        Assert.Equal(200, (await Call("lead_callback_info", "lead_id=880004")).Status);
        Assert.StartsWith("ERROR: lead_callback_info CALLBACK NOT FOUND", (await Call("lead_callback_info", "lead_id=880004&search_location=ARCHIVE")).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("phone_number_log", "phone_number=5557000101", "ERROR: phone_number_log USER DOES NOT HAVE PERMISSION TO GET CALL LOG INFO: |noreports|0|\n")]
    [InlineData("recording_lookup", "lead_id=1010023", "ERROR: recording_lookup USER DOES NOT HAVE PERMISSION TO GET RECORDING INFO: |noreports|0|\n")]
    [InlineData("lead_callback_info", "lead_id=1010023", "ERROR: lead_callback_info USER DOES NOT HAVE PERMISSION TO GET LEAD INFO: |noreports|0|\n")]
    public async Task EachNeedsViewReports(string function, string query, string refusal)
    {
        Server.State.AddUser("noreports", "reports1234", ApiUserPermissions.FullAccess with { ViewReports = false });

        Assert.Equal(refusal, (await Call(function, query, "noreports", "reports1234")).Body);
    }
}
