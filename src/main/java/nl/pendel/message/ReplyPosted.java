package nl.pendel.message;

/** Someone wrote in a thread under an announcement: the other side of the thread is told. */
public record ReplyPosted(long replyId) {}
