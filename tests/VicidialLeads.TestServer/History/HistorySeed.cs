namespace VicidialLeads.TestServer.History;

/// <summary>
/// The rows behind captures 75–77, copied from WRITE-CAPTURES.md ("75-phone_number_log": vicidial_log, vicidial_closer_log,
/// recording_log, vicidial_callbacks and vicidial_callbacks_archive before the captures; leads 1010023 and 1010024 had
/// status NEW and no source_id), and a made-up history of lead 1013 (9998886112, status NEW, source LABSEED) that the
/// README's examples read.
/// </summary>
internal static class HistorySeed
{
    public static IReadOnlyList<CallLogEntry> Calls { get; } =
    [
        new("1796100000.3004", 1010045, 9002, "5557000160", At("2026-11-29 09:00:00"), 10, "DROP", "VDAD", "ABANDON", LeadStatus: null),
        new("1796100000.3001", 1010023, 9002, "5557000101", At("2026-11-30 10:00:00"), 45, "NA", "VDAD", "CALLER"),
        new("1796100000.3002", 1010023, 9002, "5557000101", At("2026-11-30 12:00:00"), 120, "SALE", "6666", "AGENT"),
        new("1796100000.3003", 1010032, 9001, "5557000123", At("2026-11-30 14:00:00"), 30, "NA", "VDAD", "CALLER", LeadStatus: null),
        new("1796100000.3005", 1010024, 9002, "5557000101", At("2026-11-30 13:00:00"), 60, "CALLBK", "6666", "CALLER", Inbound: true),
        new("1795900000.2001", 1013, 102, "9998886112", At("2026-11-27 15:30:00"), 95, "CALLBK", "6666", "AGENT", SourceId: "LABSEED"),
        new("1795900000.2002", 1013, 102, "9998886112", At("2026-11-26 11:00:00"), 0, "NA", "VDAD", "CALLER", SourceId: "LABSEED"),
        new("1795900000.2003", 1013, 102, "9998886112", At("2026-11-28 09:05:00"), 210, "SALE", "6666", "CALLER", Inbound: true, SourceId: "LABSEED"),
    ];

    public static IReadOnlyList<RecordingEntry> Recordings { get; } =
    [
        new(2, At("2026-11-30 12:00:05"), 1796058005, 1796058120, 115, "http://127.0.0.1/RECORDINGS/MP3/20261130-120005_5557000101_6666-all.mp3", 1010023, "6666", "1796100000.3002"),
        new(3, At("2026-11-30 10:00:02"), 1796050802, 1796050842, null, "http://127.0.0.1/RECORDINGS/MP3/20261130-100002_5557000101_VDAD-all.mp3", 1010023, "VDAD", "1796100000.3001"),
        new(10, At("2026-11-27 15:30:04"), 1795897804, 1795897895, 91, "http://127.0.0.1/RECORDINGS/MP3/20261127-153004_9998886112_6666-all.mp3", 1013, "6666", "1795900000.2001"),
    ];

    public static IReadOnlyList<CallbackEntry> Callbacks { get; } =
    [
        new(4, 1010023, 9002, "TESTCAMP", "ACTIVE", "2026-12-01 18:47:59", "2026-12-04 18:47:59", "6666", "USERONLY", "moved"),
        new(5, 1010024, 9002, "TESTCAMP", "ACTIVE", "2026-11-30 13:01:00", "2026-12-02 13:00:00", "", "ANYONE", "customer's request"),
        new(900001, 1010023, 9002, "TESTCAMP", "INACTIVE", "2026-11-20 09:00:00", "2026-11-21 09:00:00", "6666", "USERONLY", "first try",
            CustomerTimeZone: "USA-EST-Y-Eastern US Time Zone", CustomerTime: "2026-11-21 09:00:00", IsArchived: true),
        new(6, 1013, 102, "TESTCAMP", "ACTIVE", "2026-11-27 15:32:00", "2026-12-03 10:00:00", "6666", "USERONLY", "call back about the renewal"),
    ];

    private static DateTime At(string localTime) => DateTime.ParseExact(localTime, "yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
