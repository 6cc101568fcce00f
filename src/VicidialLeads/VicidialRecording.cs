using System;
using System.Globalization;

namespace VicidialLeads
{
    /// <summary>One call recording, as recording_lookup lists it. StartTime is the server's local time.</summary>
    public sealed class VicidialRecording
    {
        /// <summary>Builds a recording; public so that tests of scripts can stand in for Get-VicidialRecording.</summary>
        public VicidialRecording(DateTime startTime, string user, long recordingId, long leadId, int lengthSec, Uri? location)
        {
            StartTime = startTime;
            User = user;
            RecordingId = recordingId;
            LeadId = leadId;
            LengthSec = lengthSec;
            Location = location;
        }

        /// <summary>When the recording started, in the server's local time.</summary>
        public DateTime StartTime { get; }

        /// <summary>The agent, or VDAD for a recording the dialer started.</summary>
        public string User { get; }

        public long RecordingId { get; }

        public long LeadId { get; }

        /// <summary>The length in seconds (from its start and end when the server stored no length; 0 when unknown).</summary>
        public int LengthSec { get; }

        /// <summary>Where the file is (usually an http URL on the recording server); null when the server gave none.</summary>
        public Uri? Location { get; }

        public override string ToString() =>
            string.Format(CultureInfo.InvariantCulture, "{0} lead {1} {2:yyyy-MM-dd HH:mm:ss} {3}", RecordingId, LeadId, StartTime, Location);
    }
}
