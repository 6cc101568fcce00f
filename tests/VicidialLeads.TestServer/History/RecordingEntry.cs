namespace VicidialLeads.TestServer.History;

/// <summary>One row of <c>recording_log</c>.</summary>
/// <param name="RecordingId">recording_id.</param>
/// <param name="StartTime">start_time, the server's local time.</param>
/// <param name="StartEpoch">start_epoch.</param>
/// <param name="EndEpoch">end_epoch.</param>
/// <param name="LengthSec">length_in_sec; <c>null</c> when the recording was never closed properly (NULL in the table).</param>
/// <param name="Location">location.</param>
/// <param name="LeadId">lead_id.</param>
/// <param name="User">user.</param>
/// <param name="VicidialId">vicidial_id: the uniqueid of the outbound call, or the closecallid of an inbound one.</param>
/// <param name="Extension">extension.</param>
public sealed record RecordingEntry(
    long RecordingId,
    DateTime StartTime,
    long StartEpoch,
    long EndEpoch,
    int? LengthSec,
    string Location,
    long LeadId,
    string User,
    string VicidialId,
    string Extension = "8309");
