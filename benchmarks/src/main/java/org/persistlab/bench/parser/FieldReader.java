package org.persistlab.bench.parser;

/**
 * Parses one message with one library and reads the fields a SIP analyzer needs for every message:
 * Call-ID, CSeq number and method, From tag, top Via branch, Content-Length, and for a REGISTER the
 * Authorization's username, nonce and response, in that order. Each library gives the fields in its
 * own types; they are handed to the sink as they come, without conversion the library would not need.
 */
public interface FieldReader {
    void read(byte[] message, boolean withAuthorization, FieldSink sink) throws Exception;
}
