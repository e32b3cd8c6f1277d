package nl.pendel.homework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import nl.pendel.homework.HomeworkDownloadService;
import nl.pendel.homework.PeerWork;

/** After the deadline: what the other members of the subgroup handed in; empty before. */
class PeerWorkList extends Div {

    PeerWorkList(HomeworkDownloadService downloads, List<PeerWork> peers) {
        if (peers.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("homework.peers.title")));
        for (PeerWork peer : peers) {
            Div card = new Div(
                    new H3(peer.name()), HomeworkHtml.of(peer.bodyHtml()), new FileList(downloads, peer.files(), null));
            card.addClassName("card");
            add(card);
        }
    }
}
