package vn.traodoi.index;

import java.util.List;

/** What a delegation goes to learn, the words that name it, and the indices that measure it. */
record Topic(long id, int position, String name, String keywords, List<String> indices) {

    public Topic {
        indices = List.copyOf(indices);
    }
}
